import { useEffect, useRef } from 'react';
import { describeStatus, type ConsoleState } from '../console/entries';
import { ConsoleLine } from './ConsoleLine';

/**
 * The run's output: console calls, mock API requests, notes and errors, cleared on each run,
 * with a status line (running, how long it took, or why it was stopped). It scrolls by itself
 * and from the keyboard (it is a focusable `role="log"`).
 */
export function Console({ state, title, timeoutMs }: { state: ConsoleState; title: string; timeoutMs: number }) {
  const lines = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = lines.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [state.entries]);

  return (
    <div className="playground__console" data-runs={state.runs}>
      <div ref={lines} className="playground__lines" role="log" aria-label={`Console of ${title}`} tabIndex={0}>
        {state.entries.map((entry) => (
          <ConsoleLine key={entry.id} entry={entry} />
        ))}
      </div>
      <p className="playground__status" data-state={state.status.state}>
        {describeStatus(state.status, timeoutMs)}
      </p>
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { applyRunEvent, IDLE_CONSOLE, startRun, type ConsoleState } from '../console/entries';
import type { RunHandle, RunnerAssets } from '../runner/host';
import { getRunner } from '../runner/get-runner';
import type { SourceFile } from '../runner/transpile';
import { findSecret, secretNote } from '../secrets';

/**
 * Runs a playground's code in the page's shared runner and collects what the run reports.
 * A new run replaces the previous one (cancelling it if unfinished) and clears the console.
 */
export function usePlaygroundRun(assets: RunnerAssets, env: Record<string, string>): { console: ConsoleState; run: (files: SourceFile[], entry: string) => void; timeoutMs: number } {
  const [state, setState] = useState<ConsoleState>(IDLE_CONSOLE);
  const current = useRef<RunHandle | undefined>(undefined);
  const runner = getRunner(assets);

  const run = useCallback(
    (files: SourceFile[], entry: string) => {
      current.current?.cancel();
      const secret = files.map((f) => findSecret(f.code)).find(Boolean);
      setState((s) => startRun(s, secret ? [secretNote(secret)] : []));
      current.current = runner.run({ files, entry, env }, (event) => setState((s) => applyRunEvent(s, event)));
    },
    [runner, env],
  );

  useEffect(() => () => current.current?.cancel(), []);
  return { console: state, run, timeoutMs: runner.timeoutMs };
}

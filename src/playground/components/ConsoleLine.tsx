import { formatArgs, formatError, formatValue } from '../console/format';
import type { ConsoleEntry } from '../console/entries';
import { ConsoleArgs } from './ConsoleArgs';

/** The one-line text of an entry (what tests read and what a copy of the console would be). */
export function entryText(entry: ConsoleEntry): string {
  switch (entry.kind) {
    case 'console':
      return formatArgs(entry.args);
    case 'request':
    case 'note':
      return entry.text;
    case 'error':
      return formatError(entry.error);
    case 'result':
      return `Exports: ${formatValue(entry.value)}`;
    case 'capped':
      return `Output capped at ${entry.limit} lines.`;
  }
}

/** One line of the console, styled by kind (log, warn, error, mock request, note). */
export function ConsoleLine({ entry }: { entry: ConsoleEntry }) {
  const kind = entry.kind === 'console' ? entry.level : entry.kind;
  return (
    <div className={`playground__line playground__line--${kind}`} data-kind={kind} data-text={entryText(entry)}>
      {entry.kind === 'console' ? (
        <ConsoleArgs args={entry.args} />
      ) : entry.kind === 'error' ? (
        <>
          <span className="playground__text">{formatError(entry.error)}</span>
          {entry.error.fields.length > 0 && <ConsoleArgs args={[{ t: 'object', ctor: null, entries: entry.error.fields, more: 0 }]} />}
        </>
      ) : entry.kind === 'result' ? (
        <>
          <span className="playground__label">Exports:</span> <ConsoleArgs args={[entry.value]} />
        </>
      ) : (
        <span className="playground__text">{entryText(entry)}</span>
      )}
    </div>
  );
}

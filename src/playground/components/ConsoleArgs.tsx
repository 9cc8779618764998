import { formatArgs, formatValue, isExpandable } from '../console/format';
import type { SerializedValue } from '../console/types';

const PREVIEW = 100;

/**
 * The arguments of one console call. Short values read as one line (`["openid","profile"]`);
 * a large object shows a one-line preview that opens to the whole value, indented.
 */
export function ConsoleArgs({ args }: { args: SerializedValue[] }) {
  const usesFormat = args[0]?.t === 'string' && args[0].v.includes('%');
  if (usesFormat || !args.some(isExpandable)) return <span className="playground__text">{formatArgs(args)}</span>;
  return (
    <>
      {args.map((arg, i) => {
        const preview = formatValue(arg);
        return isExpandable(arg) ? (
          <details key={i} className="playground__value">
            <summary>{preview.length > PREVIEW ? `${preview.slice(0, PREVIEW)}…` : preview}</summary>
            <pre>{formatValue(arg, { pretty: true })}</pre>
          </details>
        ) : (
          <span key={i} className="playground__text">
            {preview}{' '}
          </span>
        );
      })}
    </>
  );
}

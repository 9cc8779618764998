import type { SerializedError, SerializedValue } from './types';

/**
 * Text for logged values, JSON-like so API objects read as the API sends them:
 * `["openid","profile"]`, `{"id":"user_123"}`, `OauthException {"status":400}`. Top-level
 * strings print as they are (like `console.log`); `pretty` spreads objects over lines.
 */
export interface FormatOptions {
  /** Indent nested objects and arrays with two spaces per level. @default false */
  pretty?: boolean;
  /** A top-level string prints unquoted. @default true */
  top?: boolean;
}

/**
 * One value as text.
 * @example formatValue({ t: 'array', items: [{ t: 'string', v: 'openid' }], length: 1 }) // '["openid"]'
 */
export function formatValue(value: SerializedValue, options: FormatOptions = {}): string {
  const pretty = options.pretty ?? false;
  const go = (v: SerializedValue, level: number, top: boolean): string => {
    const open = (items: string[], start: string, end: string): string => {
      if (items.length === 0) return `${start}${end}`;
      if (!pretty) return `${start}${items.join(',')}${end}`;
      const pad = '  '.repeat(level + 1);
      return `${start}\n${items.map((i) => pad + i).join(',\n')}\n${'  '.repeat(level)}${end}`;
    };
    const sep = pretty ? ': ' : ':';
    switch (v.t) {
      case 'string':
        return top ? v.v + cut(v.cut) : JSON.stringify(v.v) + cut(v.cut);
      case 'number':
      case 'bigint':
      case 'symbol':
        return v.v;
      case 'boolean':
        return String(v.v);
      case 'undefined':
      case 'null':
        return v.t;
      case 'function':
        return v.isClass ? `[class ${v.name || '(anonymous)'}]` : `[Function${v.name ? ` ${v.name}` : ' (anonymous)'}]`;
      case 'array': {
        const items = v.items.map((i) => go(i, level + 1, false));
        if (v.length > v.items.length) items.push(`…${v.length - v.items.length} more`);
        return open(items, '[', ']');
      }
      case 'object': {
        const items = v.entries.map(([k, val]) => `${JSON.stringify(k)}${sep}${go(val, level + 1, false)}`);
        if (v.more) items.push(`…${v.more} more`);
        return (v.ctor ? `${v.ctor} ` : '') + open(items, '{', '}');
      }
      case 'map':
        return `Map(${v.size}) ${open(v.entries.map(([k, val]) => `${go(k, level + 1, false)} => ${go(val, level + 1, false)}`), '{', '}')}`;
      case 'set':
        return `Set(${v.size}) ${open(v.items.map((i) => go(i, level + 1, false)), '{', '}')}`;
      case 'date':
        return v.v;
      case 'regexp':
        return v.v;
      case 'url':
        return `URL(${v.v})`;
      case 'error':
        return top ? formatError(v.error) : `[${v.error.name}: ${v.error.message.split('\n')[0]}]`;
      case 'promise':
        return 'Promise {…}';
      case 'circular':
        return '[Circular]';
      case 'deep':
        return v.array ? '[Array]' : `[${v.ctor ?? 'Object'}]`;
    }
  };
  return go(value, 0, options.top ?? true);
}

/** `Name: message`, then where it was thrown, as the console's first line of an error. */
export function formatError(error: SerializedError): string {
  const head = error.message ? `${error.name}: ${error.message}` : error.name;
  return error.location ? `${head}\n    at ${error.location}` : head;
}

/**
 * The arguments of one console call as one text, with `console.log`'s format specifiers
 * (`%s %d %i %f %j %o %O %c %%`) applied to a leading string.
 * @example formatArgs([{ t: 'string', v: 'n=%d' }, { t: 'number', v: '3' }]) // 'n=3'
 */
export function formatArgs(args: SerializedValue[], options: Omit<FormatOptions, 'top'> = {}): string {
  const [first, ...rest] = args;
  if (!first) return '';
  const parts: string[] = [];
  if (first.t === 'string' && first.v.includes('%')) {
    let i = 0;
    parts.push(
      first.v.replace(/%([sdifjoOc%])/g, (match, spec: string) => {
        if (spec === '%') return '%';
        const arg = rest[i];
        if (!arg) return match;
        i += 1;
        if (spec === 'c') return '';
        if (spec === 'd' || spec === 'i') return arg.t === 'number' ? String(spec === 'i' ? Math.trunc(Number(arg.v)) : Number(arg.v)) : 'NaN';
        if (spec === 'f') return arg.t === 'number' ? arg.v : 'NaN';
        return formatValue(arg, { ...options, top: spec === 's' });
      }),
    );
    parts.push(...rest.slice(i).map((a) => formatValue(a, options)));
  } else {
    parts.push(...args.map((a) => formatValue(a, options)));
  }
  return parts.join(' ');
}

/** Whether a value prints better spread over lines (objects with several or nested fields). */
export function isExpandable(value: SerializedValue): boolean {
  return (value.t === 'object' || value.t === 'array' || value.t === 'map' || value.t === 'set' || (value.t === 'error' && value.error.fields.length > 0)) && formatValue(value).length > 60;
}

function cut(count: number | undefined): string {
  return count ? `…(${count} more characters)` : '';
}

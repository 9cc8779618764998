import type { SerializedError } from '../console/types';

/**
 * Error stacks in the sandbox name blob URLs (`blob:null/6f1c…:12:7`). This rewrites them to
 * the reader's file names (`pkce.ts:12:7`), folds frames inside the SDK into one
 * `@workos-inc/node` line and drops the sandbox runtime's own frames.
 */

/** Where a blob URL came from: one of the reader's files, or the SDK bundle. */
export type UrlNames = ReadonlyMap<string, string>;

/** The name the SDK's frames are shown under. */
export const SDK_NAME = '@workos-inc/node';

const FRAME = /^\s*at (async )?(?:(.*?) \()?((?:blob:|about:|https?:)[^\s)]*?):(\d+):(\d+)\)?\s*$/;

/**
 * Maps an error's stack.
 * @param names blob URL → file name (the SDK's URL → `@workos-inc/node`)
 * @example mapStack(error, names).location // 'pkce.ts:12:7'
 */
export function mapStack(stack: string, names: UrlNames): Pick<SerializedError, 'stack' | 'location'> {
  const frames: string[] = [];
  let location: string | null = null;
  for (const line of stack.split('\n')) {
    const m = FRAME.exec(line);
    if (!m) continue;
    const [, isAsync, fn, url = '', row, column] = m;
    const name = names.get(url);
    if (!name) continue;
    if (name === SDK_NAME) {
      if (frames.at(-1) !== `at ${SDK_NAME}`) frames.push(`at ${SDK_NAME}`);
      continue;
    }
    const where = `${name}:${row}:${column}`;
    location ??= where;
    frames.push(`at ${isAsync ? 'async ' : ''}${fn ? `${fn} (${where})` : where}`);
  }
  return { stack: frames.join('\n'), location };
}

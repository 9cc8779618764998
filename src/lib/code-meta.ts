import { parseLineRanges } from './line-ranges';

/** What a code fence's meta string asks for: ```` ```ts title="proxy.ts" {3-5} ```` */
export interface CodeMeta {
  /** File name shown above the block. */
  title?: string;
  /** 1-based lines to highlight. */
  highlight: number[];
  /** Language override, used by ```` ```diff lang="ts" ````. */
  lang?: string;
}

const ATTRIBUTE = /(\w+)=(?:"([^"]*)"|'([^']*)'|(\S+))/g;
const RANGES = /\{([\d,\s-]+)\}/g;

/**
 * Parses a code fence meta string.
 * @example parseCodeMeta('title="proxy.ts" {3-5}') // { title: 'proxy.ts', highlight: [3, 4, 5] }
 */
export function parseCodeMeta(meta: string | undefined | null): CodeMeta {
  const result: CodeMeta = { highlight: [] };
  if (!meta) return result;
  for (const match of meta.matchAll(ATTRIBUTE)) {
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (match[1] === 'title') result.title = value;
    if (match[1] === 'lang') result.lang = value;
  }
  const withoutAttributes = meta.replace(ATTRIBUTE, '');
  const ranges = [...withoutAttributes.matchAll(RANGES)].map((m) => m[1] ?? '').join(',');
  if (ranges) result.highlight = parseLineRanges(ranges);
  return result;
}

/**
 * The search stack's files on disk, by kind: the index Pagefind fetches per query, Pagefind's
 * engine (its script and WASM), and quickref's own search UI code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a file of the search stack is. */
export type Kind = 'index data' | 'engine' | 'search UI code' | 'other';

/** Files, raw bytes and bytes on the wire (gzip) of one kind. */
export interface KindSize {
  files: number;
  bytes: number;
  gzip: number;
}

/** The kind of a file from its URL path. */
export function kindOf(pathname: string): Kind {
  if (/\.pf_(meta|index|fragment|filter)$|pagefind-entry\.json$/.test(pathname)) return 'index data';
  if (/\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[a-z]+\.pagefind)$/.test(pathname)) return 'engine';
  if (/\/_astro\/(mount|Search)[^/]*\.(js|css)$/.test(pathname)) return 'search UI code';
  return 'other';
}

/** Sizes of every search file a visitor may fetch from a built site in `root`, by kind. */
export function searchFileSizes(root: string): Partial<Record<Kind, KindSize>> {
  const out: Partial<Record<Kind, KindSize>> = {};
  const add = (full: string): void => {
    const kind = kindOf(`/${path.relative(root, full).split(path.sep).join('/')}`);
    if (kind === 'other') return;
    const bytes = readFileSync(full);
    // Pagefind's .pf_* and .pagefind files are gzip already; JS and JSON are gzipped in transit.
    const gzip = /\.(pf_\w+|pagefind)$/.test(full) ? bytes.length : gzipSync(bytes, { level: 9 }).length;
    const entry = (out[kind] ??= { files: 0, bytes: 0, gzip: 0 });
    entry.files += 1;
    entry.bytes += bytes.length;
    entry.gzip += gzip;
  };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else add(full);
    }
  };
  walk(path.join(root, 'pagefind'));
  walk(path.join(root, '_astro'));
  return out;
}

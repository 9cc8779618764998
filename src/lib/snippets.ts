import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractRegion, type ExtractedRegion } from './regions';

/** Folder holding every sample file, relative to the project root. */
export const SNIPPETS_DIR = 'snippets';

/** Languages a sample file may be written in, by extension. */
const LANGUAGES: Record<string, string> = { '.ts': 'ts', '.tsx': 'tsx', '.py': 'python', '.go': 'go' };

/** Thrown for a sample path that does not exist; lists the nearest known paths. */
export class UnknownSnippetError extends Error {
  constructor(
    readonly file: string,
    readonly known: string[],
  ) {
    const near = nearest(file, known);
    super(`Unknown snippet "${file}". ${near.length ? `Did you mean: ${near.join(', ')}?` : `No similar file; samples live under snippets/ (${known.length} files, e.g. ${known.slice(0, 3).join(', ')}).`}`);
    this.name = 'UnknownSnippetError';
  }
}

/** The Shiki language of a sample file, from its extension. */
export function languageOf(file: string): string {
  const lang = LANGUAGES[path.extname(file)];
  if (!lang) throw new Error(`Unsupported sample "${file}": expected one of ${Object.keys(LANGUAGES).join(', ')}.`);
  return lang;
}

/** Every sample path (relative to `snippets/`, forward slashes), sorted. */
export function listSnippets(root = path.resolve(SNIPPETS_DIR)): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (LANGUAGES[path.extname(entry.name)]) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  if (existsSync(root)) walk(root);
  return out.sort();
}

/** A sample as a page shows it. */
export interface LoadedSnippet extends ExtractedRegion {
  lang: string;
  /** Absolute path of the file. */
  path: string;
}

/**
 * Reads a sample (and optionally one region of it).
 * @throws {UnknownSnippetError} when the file does not exist.
 * @throws {MissingRegionError} when the region is not marked in the file.
 */
export function loadSnippet(file: string, region?: string, root = path.resolve(SNIPPETS_DIR)): LoadedSnippet {
  const full = path.resolve(root, file);
  if (!full.startsWith(root + path.sep) || !existsSync(full)) throw new UnknownSnippetError(file, listSnippets(root));
  const source = readFileSync(full, 'utf8');
  return { ...extractRegion(source, region), lang: languageOf(file), path: full };
}

/**
 * Known paths most like `file`, best first: file names that share parts (split on `-` and `_`)
 * or are a typo away (edit distance ≤ 2), preferring the same folder.
 */
function nearest(file: string, known: string[]): string[] {
  const base = (p: string): string => path.basename(p, path.extname(p));
  const wanted = new Set(base(file).split(/[-_]/).filter(Boolean));
  return known
    .map((k) => {
      const shared = base(k).split(/[-_]/).filter((part) => wanted.has(part)).length;
      const typo = editDistance(base(k), base(file)) <= 2 ? 1 : 0;
      return { k, score: shared + typo, sameDir: path.dirname(k) === path.dirname(file) };
    })
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || Number(b.sameDir) - Number(a.sameDir) || a.k.localeCompare(b.k))
    .slice(0, 5)
    .map((c) => c.k);
}

/** Levenshtein distance, for "did you mean" suggestions. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

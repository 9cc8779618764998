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
    super(`Unknown snippet "${file}". ${near.length ? `Did you mean: ${near.join(', ')}?` : `Known: ${known.slice(0, 12).join(', ')}`}`);
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

function nearest(file: string, known: string[]): string[] {
  const base = path.basename(file, path.extname(file));
  const dir = path.dirname(file);
  return known.filter((k) => k.includes(base) || path.basename(k, path.extname(k)).includes(base) || k.startsWith(`${dir}/`)).slice(0, 5);
}

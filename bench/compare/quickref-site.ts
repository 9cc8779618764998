/**
 * A snapshot of quickref to build in the bench: its sources, samples and content (at 1× or N×)
 * copied into a folder of its own, so the bench never touches `dist/` or the caches that other
 * work builds against, and every run of one size builds exactly the same files.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { writePages } from './content-copies.ts';

/** What quickref's build reads, besides the content and the samples. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A site ready to build. */
export interface Site {
  name: 'quickref' | 'starlight' | 'floor';
  dir: string;
  /** `astro` CLI entry of the site's own install. */
  astroBin: string;
  pages: number;
}

/** Copies a samples folder, leaving out caches (`.mypy_cache`, `__pycache__`, `node_modules`). */
export function copySnippets(from: string, to: string): void {
  cpSync(from, to, { recursive: true, filter: (src) => !/(^|[\\/])(\.[^\\/]+|__pycache__|node_modules)$/.test(path.relative(from, src)) });
}

/**
 * Writes a copy of the project at `from` (the project `root`, or an earlier snapshot of it) into
 * `dir`, with its pages `scale` times over. `node_modules` is a folder of links to the packages
 * of `root`: pages read versions from `node_modules/<pkg>/package.json`, and Astro's and Vite's
 * caches land in the copy, not in the project.
 */
export function prepareQuickref(root: string, dir: string, scale: number, from = root): Site {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of PROJECT_FILES) {
    if (existsSync(path.join(from, name))) cpSync(path.join(from, name), path.join(dir, name), { recursive: true });
  }
  copySnippets(path.join(from, 'snippets'), path.join(dir, 'snippets'));
  const pages = writePages(path.join(from, 'content/docs'), path.join(dir, 'content/docs'), scale);
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (entry.startsWith('.') && entry !== '.bin') continue;
    symlinkSync(path.join(root, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  return { name: 'quickref', dir, astroBin: path.join(root, 'node_modules/astro/bin/astro.mjs'), pages };
}

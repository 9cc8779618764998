/**
 * The content both sites build: quickref's MDX pages, at 1× or N× (each extra copy of a page gets
 * a new slug and a numbered title, so the sidebar and search grow as they would with real pages).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** A page's parsed frontmatter and MDX body. */
export interface Page {
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Rewrites a page for one site. `file` is the output path relative to the docs folder. */
export type PageTransform = (page: Page, file: string) => Page;

/** Every `.mdx` file under `dir`, relative, forward slashes, sorted. */
export function listPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string): void => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.mdx')) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** Splits an MDX file into frontmatter and body. */
export function readPage(file: string): Page {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${file}: expected a --- frontmatter block at the top.`);
  return { frontmatter: parse(match[1] ?? '') as Record<string, unknown>, body: text.slice(match[0].length) };
}

/**
 * Where copy `k` (2…N) of a page goes: beside it with a numbered slug. Top-level pages (the home
 * page) go into the folder that holds the most pages, so every copy sits in a sidebar group.
 * @example copyPath('v8/node-sdk.mdx', 3, 'v8') // 'v8/node-sdk-3.mdx'
 * @example copyPath('index.mdx', 3, 'v8') // 'v8/overview-3.mdx'
 */
export function copyPath(file: string, k: number, mainFolder: string): string {
  const dir = path.posix.dirname(file);
  const base = path.posix.basename(file, '.mdx');
  return `${dir === '.' ? mainFolder : dir}/${base === 'index' ? 'overview' : base}-${k}.mdx`;
}

function numbered(page: Page, k: number): Page {
  const fm = structuredClone(page.frontmatter);
  fm.title = `${String(fm.title)} (${k})`;
  const sidebar = fm.sidebar as { label?: string } | undefined;
  if (sidebar?.label) sidebar.label = `${sidebar.label} (${k})`;
  return { frontmatter: fm, body: page.body };
}

/**
 * Writes the pages of `from` into `to`, `scale` times over, through `transform`.
 * @returns the number of pages written.
 */
export function writePages(from: string, to: string, scale: number, transform?: PageTransform): number {
  const files = listPages(from);
  const folders = files.map((f) => path.posix.dirname(f)).filter((d) => d !== '.');
  const mainFolder = mostCommon(folders) ?? 'pages';
  let count = 0;
  for (const file of files) {
    const page = readPage(path.join(from, file));
    for (let k = 1; k <= scale; k++) {
      const out = k === 1 ? file : copyPath(file, k, mainFolder);
      mkdirSync(path.dirname(path.join(to, out)), { recursive: true });
      if (k === 1 && !transform) {
        // The originals stay byte-identical, so lint positions and output match the real site.
        copyFileSync(path.join(from, file), path.join(to, out));
      } else {
        const { frontmatter, body } = (transform ?? ((p: Page) => p))(k === 1 ? page : numbered(page, k), out);
        writeFileSync(path.join(to, out), `---\n${stringify(frontmatter)}---\n${body}`);
      }
      count++;
    }
  }
  return count;
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * JavaScript budget: a docs page without a playground loads at most 5 KB (gzip, level 9, summed
 * per file) of JavaScript before any user action: inline scripts, <script src> files (module or
 * classic), modulepreloads, the static imports of those modules, and eagerly hydrated islands.
 * No page loads Pagefind's UI or a React runtime up front: they load on demand.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { expect, test } from 'vitest';
import { DIST, listDocsPages, listHtml, parseDist, urlOf } from '../support/dist';
import { attr, ORIGIN, resolveDistPath, selectAll, walkElements, withBase } from './helpers';

const BUDGET = 5 * 1024;

/** Script types that run as JavaScript (no type, a JS MIME type, or module). */
const JS_TYPES = /^(|module|text\/javascript|application\/javascript|application\/ecmascript|text\/ecmascript)$/i;

/** Islands that hydrate without waiting for the reader (load, idle, only). */
const EAGER_ISLANDS = new Set(['load', 'idle', 'only']);

interface Loaded {
  /** `inline #n` or the dist/ file. */
  name: string;
  code: string;
  gzip: number;
}

function gzipSize(code: string | Buffer): number {
  return gzipSync(code, { level: 9 }).length;
}

/** A dist/ file named by a URL on a page, or throws (a missing script is a broken page). */
function distFileFor(url: string, pageUrl: string): string | undefined {
  const resolved = new URL(url, `${ORIGIN}${withBase(pageUrl)}`);
  if (resolved.origin !== ORIGIN) return undefined;
  const file = resolveDistPath(resolved.pathname);
  if (!file) throw new Error(`${pageUrl} loads ${url}, which is not in dist/`);
  return file;
}

/** Static imports of a module (`import x from "…"`, `import "…"`, `export … from "…"`), not `import()`. */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${},\s]+?\s*from\s*)?(["'`])([^"'`]+)\1/g)) out.push(m[2] ?? '');
  return out;
}

/** Everything a page runs or fetches as JavaScript before the reader does anything. */
function upFrontScripts(tree: Root, pageUrl: string): { loaded: Loaded[]; urls: string[] } {
  const loaded: Loaded[] = [];
  const urls: string[] = [];
  const seen = new Set<string>();
  const addFile = (url: string, from: string): void => {
    urls.push(url);
    const file = distFileFor(url, from);
    if (!file || seen.has(file)) return;
    seen.add(file);
    const bytes = readFileSync(path.join(DIST, file));
    loaded.push({ name: file, code: bytes.toString('utf8'), gzip: gzipSize(bytes) });
    for (const dep of staticImports(bytes.toString('utf8'))) if (/^(\.{0,2}\/|https?:)/.test(dep)) addFile(dep, urlOf(file).replace(/[^/]*$/, ''));
  };
  let inline = 0;
  walkElements(tree, (node: Element) => {
    if (node.tagName === 'script') {
      if (!JS_TYPES.test(attr(node, 'type') ?? '')) return;
      const src = attr(node, 'src');
      if (src) addFile(src, pageUrl);
      else {
        const code = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        inline += 1;
        loaded.push({ name: `inline #${inline}`, code, gzip: gzipSize(code) });
        for (const dep of staticImports(code)) if (/^(\.{0,2}\/|https?:)/.test(dep)) addFile(dep, pageUrl);
      }
    }
    if (node.tagName === 'link' && /\bmodulepreload\b/.test(attr(node, 'rel') ?? '')) addFile(attr(node, 'href') ?? '', pageUrl);
    if (node.tagName === 'astro-island' && EAGER_ISLANDS.has(attr(node, 'client') ?? '')) {
      for (const key of ['componentUrl', 'rendererUrl', 'component-url', 'renderer-url']) {
        const url = attr(node, key);
        if (url) addFile(url, pageUrl);
      }
    }
  });
  return { loaded, urls };
}

/** A page with an interactive playground (an island or a marked playground) may load more. */
function hasPlayground(tree: Root): boolean {
  return selectAll('astro-island, [data-playground]', tree).length > 0;
}

const REACT_RUNTIME = /Symbol\.for\(\s*["'`]react\.(?:transitional\.)?element["'`]\s*\)|__REACT_DEVTOOLS_GLOBAL_HOOK__|react-dom\.(?:production|development)/;

test('every docs page without a playground loads at most 5 KB gzip of JavaScript up front', () => {
  const pages = listDocsPages()
    .sort()
    .map((file) => ({ file, tree: parseDist(file) }))
    .filter((p) => !hasPlayground(p.tree));
  expect(pages.length, 'no docs page without a playground to measure').toBeGreaterThan(0);
  const over: string[] = [];
  for (const { file, tree } of pages) {
    const { loaded } = upFrontScripts(tree, urlOf(file));
    const total = loaded.reduce((sum, l) => sum + l.gzip, 0);
    console.log(`${urlOf(file)}: ${total} B gzip up front (${loaded.map((l) => `${l.name} ${l.gzip} B`).join(', ')})`);
    expect(loaded.length, `${urlOf(file)} loads no script at all: is the scan broken?`).toBeGreaterThan(0);
    if (total > BUDGET) over.push(`${urlOf(file)}: ${total} B > ${BUDGET} B`);
  }
  expect(over).toEqual([]);
});

test('no page loads pagefind-ui.js or a React runtime up front', () => {
  const problems: string[] = [];
  for (const file of listHtml()) {
    const { loaded, urls } = upFrontScripts(parseDist(file), urlOf(file));
    for (const url of urls) if (/pagefind/i.test(url)) problems.push(`${urlOf(file)} loads ${url} up front`);
    for (const l of loaded) if (REACT_RUNTIME.test(l.code)) problems.push(`${urlOf(file)} loads a React runtime up front (${l.name})`);
  }
  expect(problems).toEqual([]);
});

test('the React runtime detector recognises the React chunk Astro builds (if any)', () => {
  // If the build ships a React chunk (for playgrounds), the pattern above must recognise it, or
  // the previous test would pass for the wrong reason. A chunk counts as React when it names
  // React's element symbol in any spelling, not when it merely imports a chunk called react.*.js.
  const chunks = existsSync(path.join(DIST, '_astro')) ? listAstroChunks().filter((f) => /react\.(?:transitional\.)?element/.test(readFileSync(f, 'utf8'))) : [];
  for (const chunk of chunks) expect(REACT_RUNTIME.test(readFileSync(chunk, 'utf8')), `${chunk} looks like React but is not detected`).toBe(true);
  expect(REACT_RUNTIME.test('var t=Symbol.for(`react.transitional.element`)')).toBe(true);
});

function listAstroChunks(): string[] {
  const dir = path.join(DIST, '_astro');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(dir, f));
}

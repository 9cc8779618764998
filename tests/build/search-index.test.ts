/**
 * Search index: Pagefind's bundle is built into dist/pagefind/, and it indexes exactly the docs
 * pages (each once), never the 404 page or the versionless redirect pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { DIST, listDocsPages, listHtml, parseDist, urlOf } from '../support/dist';
import { select, withBase } from './helpers';

const PAGEFIND = path.join(DIST, 'pagefind');

/** `pagefind-entry.json`: `{ version, languages: { en: { hash, wasm, page_count } } }`. */
interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/** Every `.pf_fragment` file under dist/pagefind/ (Pagefind 1.x keeps them in `fragment/`). */
function fragmentFiles(dir = PAGEFIND): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return fragmentFiles(full);
    return e.name.endsWith('.pf_fragment') ? [full] : [];
  });
}

/** A fragment is gzip of `pagefind_dcd` followed by the page's JSON record. */
function fragmentUrl(file: string): string {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const json = text.slice(text.indexOf('{'));
  return (JSON.parse(json) as { url: string }).url;
}

test('the Pagefind bundle exists', () => {
  for (const name of ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-entry.json']) {
    expect(existsSync(path.join(PAGEFIND, name)), `dist/pagefind/${name} is missing`).toBe(true);
  }
  expect(fragmentFiles().length, 'no .pf_fragment in dist/pagefind').toBeGreaterThan(0);
});

test('the index counts exactly the docs pages', () => {
  const entry = JSON.parse(readFileSync(path.join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const languages = Object.values(entry.languages);
  expect(languages.length, 'pagefind-entry.json lists no language').toBeGreaterThan(0);
  const indexed = languages.reduce((sum, l) => sum + l.page_count, 0);
  const docs = listDocsPages();
  expect(docs.length).toBeGreaterThanOrEqual(5);
  expect(indexed, `Pagefind indexed ${indexed} pages; the site has ${docs.length} docs pages`).toBe(docs.length);
});

test('the indexed pages are the docs pages, each once (no redirect, no 404)', () => {
  const urls = fragmentFiles().map(fragmentUrl).sort();
  const expected = listDocsPages().map((f) => withBase(urlOf(f))).sort();
  expect(urls).toEqual(expected);
});

test('only docs pages carry data-pagefind-body', () => {
  const docs = new Set(listDocsPages());
  const wrong = listHtml().filter((f) => Boolean(select('[data-pagefind-body]', parseDist(f))) !== docs.has(f));
  expect(wrong, 'pages whose data-pagefind-body does not match whether they are docs pages').toEqual([]);
});

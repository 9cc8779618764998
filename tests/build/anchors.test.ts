/**
 * Heading ids are stable: readers and other sites link to them. The ids of every page's h2/h3
 * headings are compared with the committed snapshot tests/build/anchors.snapshot.json; a change
 * must be deliberate:
 *
 *   UPDATE_ANCHORS=1 npx vitest run --project build tests/build/anchors.test.ts
 *
 * Also: ids are unique per page, and heading ids are the github-slugger slugs of the heading
 * text in document order (so a repeated heading text gets `-1`, `-2`, …).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Element } from 'hast';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { attr, builtDocsPages, select, selectAll, textOf, walkElements } from './helpers';

const SNAPSHOT = 'tests/build/anchors.snapshot.json';
const HINT = `If the change is deliberate, update the snapshot: UPDATE_ANCHORS=1 npx vitest run --project build tests/build/anchors.test.ts (and keep redirects or old links in mind).`;

const pages = builtDocsPages();

/** The h2/h3 ids of a page's article, in order. */
function headingIds(tree: (typeof pages)[number]['tree']): string[] {
  return selectAll('main article h2, main article h3', tree).map((h) => attr(h, 'id') ?? `(no id: ${textOf(h)})`);
}

const current: Record<string, string[]> = Object.fromEntries(pages.map((p) => [p.url, headingIds(p.tree)]));

describe('anchor snapshot', () => {
  if (process.env.UPDATE_ANCHORS) {
    test('rewrites the snapshot (UPDATE_ANCHORS is set)', () => {
      writeFileSync(SNAPSHOT, `${JSON.stringify(current, null, 2)}\n`);
      expect(JSON.parse(readFileSync(SNAPSHOT, 'utf8'))).toEqual(current);
    });
    return;
  }

  test('the snapshot file exists', () => {
    expect(existsSync(SNAPSHOT), `${SNAPSHOT} is missing. ${HINT}`).toBe(true);
  });

  const snapshot: Record<string, string[]> = existsSync(SNAPSHOT) ? JSON.parse(readFileSync(SNAPSHOT, 'utf8')) : {};

  test('every built page is in the snapshot and every snapshot page is built', () => {
    const added = Object.keys(current).filter((u) => !(u in snapshot));
    const removed = Object.keys(snapshot).filter((u) => !(u in current));
    expect({ added, removed }, `pages differ from the anchor snapshot. ${HINT}`).toEqual({ added: [], removed: [] });
  });

  test.each(pages.map((p) => [p.url] as const))('%s keeps its heading ids', (url) => {
    const before = snapshot[url] ?? [];
    const now = current[url] ?? [];
    const added = now.filter((id) => !before.includes(id));
    const removed = before.filter((id) => !now.includes(id));
    expect({ added, removed }, `heading ids of ${url} changed (removed ids break links to them). ${HINT}`).toEqual({ added: [], removed: [] });
  });
});

describe.each(pages.map((p) => [p.url, p] as const))('ids on %s', (_url, page) => {
  test('every id on the page is unique', () => {
    const seen = new Map<string, number>();
    walkElements(page.tree, (node) => {
      const id = attr(node, 'id');
      if (id !== undefined) seen.set(id, (seen.get(id) ?? 0) + 1);
    });
    expect([...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`)).toEqual([]);
    const empty = [...seen.keys()].filter((id) => id.trim() === '');
    expect(empty, 'empty id attributes').toEqual([]);
  });

  test('heading ids are the github-slugger slugs of their text, in order (duplicates get -1, -2…)', () => {
    const article = select('main article', page.tree);
    expect(article, 'no <main><article>').toBeDefined();
    const headings = selectAll('h2, h3, h4, h5, h6', article as Element);
    const slugger = new GithubSlugger();
    const mismatched = headings
      .map((h) => ({ text: textOf(h), id: attr(h, 'id'), expected: slugger.slug(textOf(h)) }))
      .filter((h) => h.id !== h.expected)
      .map((h) => `"${h.text}": id="${h.id ?? ''}", expected "${h.expected}"`);
    expect(mismatched).toEqual([]);
  });

  test('every TOC entry points at an h2/h3 of the article, in order', () => {
    const toc = selectAll('nav.toc a[href]', page.tree).map((a) => decodeURIComponent((attr(a, 'href') ?? '').replace(/^#/, '')));
    expect(toc).toEqual(current[page.url]);
  });
});

test('the slugger suffixes repeated heading texts the way the ids above expect', () => {
  // Guards the expectation used above: a repeated text gets "-1".
  const slugger = new GithubSlugger();
  expect([slugger.slug('Options'), slugger.slug('Options'), slugger.slug('Options')]).toEqual(['options', 'options-1', 'options-2']);
});

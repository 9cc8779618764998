/**
 * Internal links: every internal URL on every built page (a/link href, script/img src, meta
 * refresh targets: relative, root-relative, same-site absolute, `#anchor`) resolves to a file in
 * dist/, and a `#fragment` names an element id on the target page.
 */
import type { Element } from 'hast';
import { expect, test } from 'vitest';
import { listHtml, parseDist, urlOf } from '../support/dist';
import { attr, ORIGIN, resolveDistPath, selectAll, walkElements, withBase } from './helpers';

const files = listHtml();
const trees = new Map(files.map((f) => [f, parseDist(f)]));

/** Every id of a built HTML file (parsed once). */
const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set<string>();
    const tree = trees.get(file) ?? parseDist(file);
    walkElements(tree, (node) => {
      const id = attr(node, 'id');
      if (id) ids?.add(id);
      // <a name="x"> is a valid fragment target too.
      if (node.tagName === 'a' && attr(node, 'name')) ids?.add(attr(node, 'name') ?? '');
    });
    idCache.set(file, ids);
  }
  return ids;
}

/** The URLs a page links or loads: [where, url]. */
function urlsOf(tree: Element | import('hast').Root): [string, string][] {
  const out: [string, string][] = [];
  walkElements(tree, (node) => {
    const take = (name: string, label: string): void => {
      const value = attr(node, name);
      if (value !== undefined) out.push([`<${node.tagName} ${label}>`, value]);
    };
    if (['a', 'area', 'link'].includes(node.tagName)) take('href', 'href');
    if (['script', 'img', 'source', 'iframe'].includes(node.tagName)) take('src', 'src');
    if (node.tagName === 'meta' && /^refresh$/i.test(attr(node, 'httpEquiv') ?? '')) {
      const target = /url=(.+)$/i.exec(attr(node, 'content') ?? '')?.[1];
      if (target) out.push(['<meta refresh>', target.trim()]);
    }
  });
  return out;
}

const checked: string[] = [];
const broken: string[] = [];
for (const file of files) {
  const pageUrl = `${ORIGIN}${withBase(urlOf(file))}`;
  for (const [where, raw] of urlsOf(trees.get(file) ?? parseDist(file))) {
    if (/^(mailto|tel|javascript|data):/i.test(raw)) continue;
    const url = new URL(raw, pageUrl);
    if (url.origin !== ORIGIN) continue;
    checked.push(raw);
    if (raw === '#' || raw.trim() === '') {
      broken.push(`${urlOf(file)}: ${where} "${raw}" links nowhere`);
      continue;
    }
    const target = resolveDistPath(url.pathname);
    if (!target) {
      broken.push(`${urlOf(file)}: ${where} "${raw}" → ${url.pathname} is not in dist/`);
      continue;
    }
    if (url.hash.length > 1) {
      if (!target.endsWith('.html')) {
        broken.push(`${urlOf(file)}: ${where} "${raw}" has a fragment on a non-HTML file`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (!idsOf(target).has(id)) broken.push(`${urlOf(file)}: ${where} "${raw}" → no element with id="${id}" on ${urlOf(target)}`);
    }
  }
}

test('pages were scanned and have internal links (sidebar, TOC, anchors, prev/next)', () => {
  expect(files.length).toBeGreaterThan(5);
  expect(checked.length).toBeGreaterThan(files.length * 5);
  expect(checked.some((u) => u.startsWith('#'))).toBe(true);
  for (const file of files.filter((f) => selectAll('nav.toc a', trees.get(f) ?? parseDist(f)).length > 0)) {
    expect(selectAll('nav.toc a[href^="#"]', trees.get(file) ?? parseDist(file)).length, `${file} TOC links are not #anchors`).toBeGreaterThan(0);
  }
});

test('every internal link resolves to a file in dist/ and to an element id on its page', () => {
  expect(broken, `${broken.length} broken internal link(s)`).toEqual([]);
});

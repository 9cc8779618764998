/**
 * Routes and page metadata: every expected page is built, carries its <head> metadata, is
 * indexed only in its article, is listed in the sitemap and llms.txt, and every versionless
 * URL redirects to the default edition.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { SITE } from '~/site';
import { DIST, listDocsPages, listHtml, parseDist, readDist, urlOf } from '../support/dist';
import { attr, builtDocsPages, contentPages, distFileOf, EXPECTED_ROUTES, ORIGIN, resolveDistPath, select, selectAll, textOf, walkElements, withBase } from './helpers';

const pages = builtDocsPages();
const content = contentPages();

function meta(tree: BuiltTree, selector: string): string | undefined {
  const node = select(selector, tree);
  return node ? attr(node, 'content') : undefined;
}
type BuiltTree = (typeof pages)[number]['tree'];

describe('routes', () => {
  test.each([...EXPECTED_ROUTES])('%s is built as a docs page', (route) => {
    const file = distFileOf(route);
    expect(existsSync(path.join(DIST, file)), `dist/${file} is missing`).toBe(true);
    expect(listDocsPages(), `${route} is built but is not a docs page (404 or redirect?)`).toContain(file);
  });

  test('every MDX file of content/docs is built, and nothing else is a docs page', () => {
    expect(content.length).toBeGreaterThanOrEqual(EXPECTED_ROUTES.length);
    for (const route of EXPECTED_ROUTES) expect(content.map((c) => c.route), `no content file for ${route}`).toContain(route);
    expect(listDocsPages().map(urlOf).sort()).toEqual(content.map((c) => c.route).sort());
  });

  test('/404.html exists, has one h1 and is not indexed', () => {
    expect(existsSync(path.join(DIST, '404.html'))).toBe(true);
    const tree = parseDist('404.html');
    expect(selectAll('h1', tree)).toHaveLength(1);
    expect(meta(tree, 'meta[name="robots"]')).toMatch(/noindex/);
    expect(select('[data-pagefind-body]', tree), '404 must not be indexed by Pagefind').toBeUndefined();
  });

  test('/sitemap-index.xml lists exactly the docs pages (no redirects, no 404)', () => {
    const index = readDist('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(sitemaps.length, 'sitemap-index.xml names no sitemap').toBeGreaterThan(0);
    const listed: string[] = [];
    for (const loc of sitemaps) {
      const url = new URL(loc);
      expect(url.origin).toBe(ORIGIN);
      const file = resolveDistPath(url.pathname);
      expect(file, `${loc} (named in sitemap-index.xml) is not in dist/`).toBeDefined();
      for (const m of readDist(file ?? '').matchAll(/<url>\s*<loc>([^<]+)<\/loc>/g)) listed.push(m[1] ?? '');
    }
    const expected = pages.map((p) => new URL(withBase(p.url), SITE.url).href).sort();
    const extra = listed.filter((l) => !expected.includes(l));
    const missing = expected.filter((e) => !listed.includes(e));
    expect({ extra, missing }, 'sitemap must list every docs page and nothing else (redirect pages and 404 are not pages)').toEqual({ extra: [], missing: [] });
    expect(listed.length, 'a URL is listed twice').toBe(new Set(listed).size);
  });

  test('/llms.txt exists and links every docs page', () => {
    expect(existsSync(path.join(DIST, 'llms.txt')), 'dist/llms.txt is missing').toBe(true);
    const text = readDist('llms.txt');
    expect(text).toMatch(new RegExp(`^# ${SITE.name}\\b`));
    const missing = pages.map((p) => new URL(withBase(p.url), SITE.url).href).filter((href) => !text.includes(`(${href})`));
    expect(missing, 'llms.txt does not link these pages').toEqual([]);
    const redirects = listHtml()
      .filter((f) => /<meta http-equiv="refresh"/i.test(readDist(f)))
      .map((f) => new URL(withBase(urlOf(f)), SITE.url).href)
      .filter((href) => text.includes(`(${href})`));
    expect(redirects, 'llms.txt links redirect pages').toEqual([]);
  });
});

describe.each(pages.map((p) => [p.url, p] as const))('docs page %s', (url, page) => {
  const { tree } = page;
  const entry = content.find((c) => c.route === url);

  test('has a <title> ending in "| quickref" (the home page may use the site name alone)', () => {
    const title = textOf(select('head > title', tree) ?? { type: 'root', children: [] });
    if (url === '/' && title === SITE.name) return expect(title).toBe(SITE.name);
    expect(title).toMatch(new RegExp(`^\\S.* \\| ${SITE.name}$`));
    if (entry?.frontmatter.title) expect(title).toBe(`${entry.frontmatter.title} | ${SITE.name}`);
  });

  test('has description, Open Graph and canonical metadata', () => {
    const description = meta(tree, 'meta[name="description"]');
    expect(description?.trim(), 'meta description').toBeTruthy();
    if (entry?.frontmatter.description) expect(description).toBe(entry.frontmatter.description);
    expect(meta(tree, 'meta[property="og:title"]')?.trim(), 'og:title').toBeTruthy();
    expect(meta(tree, 'meta[property="og:description"]'), 'og:description').toBe(description);
    const canonical = select('link[rel="canonical"]', tree);
    const href = canonical && attr(canonical, 'href');
    expect(href, 'canonical link').toBeTruthy();
    expect(new URL(href ?? '').href, 'canonical URL').toBe(new URL(withBase(url), SITE.url).href);
    expect(meta(tree, 'meta[property="og:url"]'), 'og:url').toBe(href);
    expect(select('meta[name="robots"][content*="noindex"]', tree), 'a docs page must not be noindex').toBeUndefined();
  });

  test('has exactly one h1, matching the frontmatter title', () => {
    const h1s = selectAll('h1', tree);
    expect(h1s).toHaveLength(1);
    if (entry?.frontmatter.title) expect(textOf(h1s[0] as Element)).toBe(entry.frontmatter.title);
  });

  test('indexes only <main data-pagefind-body>', () => {
    const bodies = selectAll('[data-pagefind-body]', tree);
    expect(bodies.map((b) => b.tagName)).toEqual(['main']);
    expect(select('main h1', tree), 'the h1 is inside the indexed <main>').toBeDefined();
  });

  test('header, sidebar, footer, toc and every other nav carry data-pagefind-ignore', () => {
    expect(select('header.site-header', tree), 'header').toBeDefined();
    expect(select('nav.sidebar', tree), 'sidebar').toBeDefined();
    expect(select('footer', tree), 'footer').toBeDefined();
    if (selectAll('main article h2', tree).length > 0) expect(select('nav.toc', tree), 'toc (the page has h2 headings)').toBeDefined();
    const unignored: string[] = [];
    walkElements(tree, (node, ancestors) => {
      const chrome = ['header', 'footer', 'nav'].includes(node.tagName) || /\b(toc|sidebar)\b/.test(attr(node, 'className') ?? '');
      if (!chrome) return;
      const ignored = [node, ...ancestors].some((n) => attr(n, 'dataPagefindIgnore') !== undefined);
      if (!ignored) unignored.push(`<${node.tagName} class="${attr(node, 'className') ?? ''}">`);
    });
    expect(unignored, 'chrome indexed by Pagefind').toEqual([]);
  });
});

describe('versionless redirects', () => {
  const edition = pages.filter((p) => /^\/v\d+\/[^/]+\/$/.test(p.url));

  test('there are edition pages to redirect to', () => {
    expect(edition.length).toBeGreaterThanOrEqual(EXPECTED_ROUTES.length - 1);
  });

  test.each(edition.map((p) => [p.url.replace(/^\/v\d+/, ''), p.url] as const))('%s redirects to %s', (from, to) => {
    const file = distFileOf(from);
    expect(existsSync(path.join(DIST, file)), `dist/${file} is missing`).toBe(true);
    const tree = parseDist(file);
    const refresh = select('meta[http-equiv="refresh"]', tree);
    expect(refresh, `${from} has no meta refresh`).toBeDefined();
    const target = /^\s*0\s*;\s*url=(.+)$/i.exec(attr(refresh as Element, 'content') ?? '')?.[1];
    expect(target).toBe(withBase(to));
    expect(meta(tree, 'meta[name="robots"]')).toMatch(/noindex/);
    const canonical = select('link[rel="canonical"]', tree);
    expect(canonical && attr(canonical, 'href')).toBe(new URL(withBase(to), SITE.url).href);
    expect(select('[data-pagefind-body]', tree)).toBeUndefined();
  });

  test('every redirect page in dist/ points at a docs page', () => {
    const docs = new Set(listDocsPages());
    const bad: string[] = [];
    for (const file of listHtml()) {
      const html = readDist(file);
      if (!/<meta http-equiv="refresh"/i.test(html)) continue;
      const target = /content="0;url=([^"]+)"/i.exec(html)?.[1] ?? '';
      const resolved = resolveDistPath(target);
      if (!resolved || !docs.has(resolved)) bad.push(`${urlOf(file)} → ${target}`);
    }
    expect(bad).toEqual([]);
  });
});

/**
 * Shared helpers for the build tests (assertions over dist/): which pages the content folder
 * promises, how URLs map to files in dist/, and small hast queries.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { SITE } from '~/site';
import { DIST, listDocsPages, parseDist, urlOf } from '../support/dist';

/** The docs content folder. */
export const CONTENT = path.resolve('content/docs');

/** The pages the site must always have (the home page and the four v8 references). */
export const EXPECTED_ROUTES = ['/', '/v8/authkit-nextjs/', '/v8/authkit-react/', '/v8/node-sdk/', '/v8/python-go/'] as const;

/** One MDX file of content/docs. */
export interface ContentPage {
  /** Entry id: `index`, `v8/node-sdk`. */
  id: string;
  /** Absolute path of the .mdx file. */
  file: string;
  /** URL path of the built page, without the base: `/`, `/v8/node-sdk/`. */
  route: string;
  /** The page's file in dist/, relative: `index.html`, `v8/node-sdk/index.html`. */
  distFile: string;
  frontmatter: { title?: string; description?: string; packages?: string[]; pagefind?: boolean; [key: string]: unknown };
  /** The MDX body after the frontmatter. */
  body: string;
}

/** Every page of content/docs, read from the folder (so pages added later are picked up). */
export function contentPages(): ContentPage[] {
  const out: ContentPage[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.mdx')) out.push(readContentPage(full));
    }
  };
  walk(CONTENT);
  return out.sort((a, b) => a.route.localeCompare(b.route));
}

function readContentPage(file: string): ContentPage {
  const id = path.relative(CONTENT, file).split(path.sep).join('/').replace(/\.mdx$/, '');
  const source = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  const frontmatter = (match ? parseYaml(match[1] ?? '') : {}) as ContentPage['frontmatter'];
  const route = id === 'index' ? '/' : `/${id.replace(/\/index$/, '')}/`;
  return { id, file, route, distFile: distFileOf(route), frontmatter: frontmatter ?? {}, body: match ? source.slice(match[0].length) : source };
}

/** `/v8/node-sdk/` → `v8/node-sdk/index.html` (the site uses directory URLs). */
export function distFileOf(route: string): string {
  const clean = route.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  return clean.endsWith('.html') ? clean : `${clean}/index.html`;
}

/** Astro's base with one trailing slash: `/` or `/docs/`. */
export const BASE = SITE.base.endsWith('/') ? SITE.base : `${SITE.base}/`;

/** A route (`/v8/node-sdk/`) as the browser sees it, with the base. */
export function withBase(route: string): string {
  return `${BASE}${route.replace(/^\/+/, '')}`;
}

/** The origin pages are served from (canonical and Open Graph URLs use it). */
export const ORIGIN = new URL(SITE.url).origin;

/**
 * The dist/ file a site path resolves to, or undefined when none exists. Mirrors a static host:
 * a directory serves its index.html, `x` may serve `x.html`.
 */
export function resolveDistPath(pathname: string): string | undefined {
  let rel = decodeURIComponent(pathname);
  if (BASE !== '/') {
    if (!rel.startsWith(BASE) && `${rel}/` !== BASE) return undefined;
    rel = rel.slice(BASE.length - 1);
  }
  rel = rel.replace(/^\/+/, '');
  const full = path.join(DIST, rel);
  if (!full.startsWith(DIST)) return undefined;
  if (existsSync(full) && statSync(full).isDirectory()) {
    const index = path.join(full, 'index.html');
    return existsSync(index) ? path.relative(DIST, index).split(path.sep).join('/') : undefined;
  }
  if (existsSync(full)) return rel;
  if (existsSync(`${full}.html`)) return `${rel}.html`;
  return undefined;
}

/** The docs pages of the build, each with its URL and parsed tree. */
export interface BuiltPage {
  file: string;
  url: string;
  tree: Root;
}

/** Every docs page of dist/ (no 404, no redirects), parsed. */
export function builtDocsPages(): BuiltPage[] {
  return listDocsPages()
    .sort()
    .map((file) => ({ file, url: urlOf(file), tree: parseDist(file) }));
}

/** The built page for a route, parsed; throws naming the file when it is missing. */
export function builtPage(route: string): BuiltPage {
  const file = distFileOf(route);
  if (!existsSync(path.join(DIST, file))) throw new Error(`dist/${file} (the page for ${route}) does not exist.`);
  return { file, url: route, tree: parseDist(file) };
}

/** Text of a node with whitespace collapsed. */
export function textOf(node: Element | Root): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'tr', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'section', 'article', 'aside', 'nav', 'header', 'footer', 'main', 'br']);

/**
 * Text of a node with a space at every block boundary (cells, list items, paragraphs), so words
 * of neighbouring blocks never run together; inline markup (code tokens) is joined as is.
 */
export function spacedText(node: Element | Root): string {
  let out = '';
  const go = (n: Element | Root): void => {
    for (const child of n.children) {
      if (child.type === 'text') out += child.value;
      else if (child.type === 'element') {
        const block = BLOCKS.has(child.tagName);
        if (block) out += ' ';
        go(child);
        if (block) out += ' ';
      }
    }
  };
  go(node);
  return out.replace(/\s+/g, ' ').trim();
}

/** An element's attribute as a string (hast stores class lists as arrays). */
export function attr(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Elements of a tree in document order, each with its ancestors (outermost first). */
export function walkElements(tree: Root | Element, visit: (node: Element, ancestors: Element[]) => void): void {
  const go = (node: Root | Element, ancestors: Element[]): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      visit(child, ancestors);
      go(child, [...ancestors, child]);
      // <template> content lives in `content` in hast.
      if (child.tagName === 'template' && child.content) go(child.content as unknown as Root, [...ancestors, child]);
    }
  };
  go(tree, []);
}

export { select, selectAll };

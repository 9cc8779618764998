/**
 * What the search index sees of a built page, beyond what readers see: the SDK filter and the
 * per-section SDK map, read from the page's own markup (the packages it is checked against,
 * the samples each section shows) and added as empty `data-pagefind-*` elements. Only the copy
 * handed to Pagefind changes; dist/ keeps the page as built.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { encodeSectionSdks } from './section-map';
import { sectionSdks, type PageItem } from './section-sdks';
import { sdkOfPackage, sortSdks, type Sdk } from './sdks';

/** The opening tag of the element Pagefind indexes. */
const BODY_TAG = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/i;

/**
 * A code frame's file name, which Pagefind would glue to the first word of the code
 * (`pkce.pydef`): a full stop ends it, as it ends a heading.
 */
const CODE_TITLE = /(<span class="code-frame__title">[^<]+)(<\/span>)/g;

/** A page prepared for the index. */
export interface IndexPage {
  /** The HTML to give Pagefind. */
  html: string;
  /** SDKs of the whole page (the `sdk` filter). */
  sdks: Sdk[];
  /** Sections that document fewer SDKs than the page (the `sections` meta). */
  sections: Record<string, Sdk[]>;
}

/**
 * Prepares one built page for Pagefind (with its ranking `weight`, see page-weights.ts), or returns undefined for pages search must skip (no
 * `<main data-pagefind-body>`: the 404 page, redirects).
 */
export function prepareForIndex(html: string, options: { weight?: number } = {}): IndexPage | undefined {
  const open = BODY_TAG.exec(html);
  if (!open) return undefined;
  const main = findMain(fromHtml(html));
  if (!main) return undefined;
  const packages: string[] = [];
  const items: PageItem[] = [];
  walk(main, (node) => {
    const p = node.properties;
    if (typeof p.dataPackage === 'string') packages.push(p.dataPackage);
    if (node.tagName === 'figure' && typeof p.dataSnippet === 'string') for (const file of p.dataSnippet.split('→')) items.push({ kind: 'snippet', file });
    const depth = /^h([2-6])$/.exec(node.tagName)?.[1];
    if (depth && typeof p.id === 'string') items.push({ kind: 'heading', id: p.id, depth: Number(depth), text: toString(node) });
  });
  const sdks = sortSdks(packages.map(sdkOfPackage).filter((s): s is Sdk => s !== undefined));
  const sections = sectionSdks(items, sdks);
  const extra = [
    ...sdks.map((s) => `<span data-pagefind-filter="sdk:${s}"></span>`),
    Object.keys(sections).length ? `<span data-pagefind-meta="sections[data-sections]" data-sections="${encodeSectionSdks(sections)}"></span>` : '',
    options.weight !== undefined && options.weight !== 1 ? `<span data-pagefind-meta="weight:${options.weight}"></span>` : '',
  ].join('');
  const at = open.index + open[0].length;
  const body = html.slice(at).replace(CODE_TITLE, (_, title: string, end: string) => `${title}.${end}`);
  return { html: html.slice(0, at) + extra + body, sdks, sections };
}

function findMain(tree: Root): Element | undefined {
  let found: Element | undefined;
  walk(tree, (node) => {
    if (!found && node.tagName === 'main' && node.properties.dataPagefindBody !== undefined) found = node;
  });
  return found;
}

/** Visits elements in document order, skipping what Pagefind ignores. */
function walk(node: Root | Element, visit: (el: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.properties.dataPagefindIgnore !== undefined) continue;
    visit(child);
    walk(child, visit);
  }
}

/**
 * The route of a built HTML file, for either build format.
 * @example routeOfHtmlFile('v8/node-sdk/index.html') // 'v8/node-sdk'
 * @example routeOfHtmlFile('v8/node-sdk.html') // 'v8/node-sdk'
 * @example routeOfHtmlFile('index.html') // ''
 */
export function routeOfHtmlFile(relative: string): string {
  return relative
    .split('\\')
    .join('/')
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '');
}

import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { at, type LintProblem } from './problem';

/** A page's anchors and outgoing links, collected from its MDX tree. */
export interface PageLinks {
  file: string;
  /** Route of the page: `''` for home, `v8/node-sdk`. */
  route: string;
  /** Heading ids, computed as Astro does (github-slugger over the heading's text). */
  anchors: Set<string>;
  links: { url: string; node: { position?: Root['position'] } }[];
}

/** Collects heading ids and links of one page. */
export function collectLinks(file: string, route: string, tree: Root): PageLinks {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const links: PageLinks['links'] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
    if (node.type === 'link') links.push({ url: node.url, node });
  });
  return { file, route, anchors, links };
}

/**
 * Checks every internal link (`/v8/node-sdk/#pkce`, `#parameters-1`, `../node-sdk/`) against
 * the pages and heading ids that exist, so a renamed heading or a moved page fails the build.
 * `extraRoutes` are routes that exist without a page of their own (redirects, endpoints).
 */
export function checkLinks(pages: PageLinks[], extraRoutes: string[] = []): LintProblem[] {
  const byRoute = new Map(pages.map((p) => [p.route, p]));
  const problems: LintProblem[] = [];
  for (const page of pages) {
    for (const { url, node } of page.links) {
      if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) continue; // external
      const target = resolveRoute(url, page.route);
      const dest = byRoute.get(target.route);
      if (!dest) {
        if (!extraRoutes.includes(target.route)) problems.push(at(page.file, node, `Broken link "${url}": no page at /${target.route}${target.route ? '/' : ''}. Pages: ${[...byRoute.keys()].map((r) => `/${r}`).join(', ')}`));
        continue;
      }
      if (target.hash && !dest.anchors.has(target.hash)) {
        problems.push(at(page.file, node, `Broken anchor "${url}": ${dest.file} has no heading with id "${target.hash}". Ids: ${[...dest.anchors].join(', ')}`));
      }
    }
  }
  return problems;
}

/**
 * Resolves a link to a route and hash, relative to the linking page. Content writes site links
 * root-relative without the base (`/v8/node-sdk/#pkce`); the base is added at render time.
 * @example resolveRoute('../python-go/#go', 'v8/node-sdk') // { route: 'v8/python-go', hash: 'go' }
 */
export function resolveRoute(url: string, fromRoute: string): { route: string; hash: string } {
  const [pathPart = '', hash = ''] = url.split('#');
  if (!pathPart) return { route: fromRoute, hash: decodeURIComponent(hash) };
  const absolute = new URL(pathPart, `http://site/${fromRoute ? `${fromRoute}/` : ''}`).pathname;
  const route = absolute.replace(/\/index\.html$|\.html$/, '').replace(/^\/+|\/+$/g, '');
  return { route, hash: decodeURIComponent(hash) };
}

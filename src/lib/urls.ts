/**
 * Site URLs from entry ids, respecting Astro's `base` and `trailingSlash` so links never hop
 * through a redirect.
 */

/** How the site writes its page URLs. */
export interface UrlStyle {
  /** Astro's `base`, e.g. `/` or `/docs/`. */
  base: string;
  /** Astro's `trailingSlash`. */
  trailingSlash: 'always' | 'never' | 'ignore';
}

/**
 * The URL of a page from its route (`''` for the home page, `v8/node-sdk`).
 * @example pageUrl('v8/node-sdk', { base: '/docs', trailingSlash: 'never' }) // '/docs/v8/node-sdk'
 */
export function pageUrl(route: string, style: UrlStyle, hash?: string): string {
  const base = style.base.endsWith('/') ? style.base : `${style.base}/`;
  let url = `${base}${route.replace(/^\/+|\/+$/g, '')}`;
  if (route && style.trailingSlash !== 'never') url += '/';
  if (!route && style.trailingSlash === 'never' && url.length > 1) url = url.replace(/\/$/, '');
  return hash ? `${url}#${hash}` : url;
}

/** The route of a docs entry: the home page's id `index` maps to `''`. */
export function routeOf(entryId: string): string {
  return entryId === 'index' ? '' : entryId;
}

/**
 * The edition a reader is in, from the page URL, so search defaults to it.
 */
import { DEFAULT_EDITION, EDITIONS, type EditionId } from '../editions';

/**
 * The edition of a page path (`/docs/v8/node-sdk/` → `v8` under base `/docs`), or the default
 * edition for pages outside any edition (the home page), whose versionless links lead there.
 * @example editionOfPath('/docs/v8/node-sdk', '/docs/') // 'v8'
 * @example editionOfPath('/', '/') // 'v8' (DEFAULT_EDITION)
 */
export function editionOfPath(pathname: string, base: string): EditionId {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  const first = rest.split('/')[0];
  return EDITIONS.find((e) => e.id === first)?.id ?? DEFAULT_EDITION;
}

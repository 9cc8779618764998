/**
 * Editions are whole copies of the reference for one SDK generation. Each page lives under
 * `/<edition>/<slug>/`; a versionless `/<slug>/` redirects to the default edition.
 */

/** Every published edition, newest first. */
export const EDITIONS = [{ id: 'v8', label: 'v8 edition', description: 'Node SDK 8.x, AuthKit Next.js 3.x' }] as const;

/** An edition's id, the first URL segment of its pages. */
export type EditionId = (typeof EDITIONS)[number]['id'];

/** The edition a versionless URL redirects to. */
export const DEFAULT_EDITION: EditionId = 'v8';

/** The edition of a docs entry id (`v8/node-sdk` → `v8`), or undefined for edition-less pages. */
export function editionOf(entryId: string): EditionId | undefined {
  const first = entryId.split('/')[0];
  return EDITIONS.find((e) => e.id === first)?.id;
}

/** The slug of an entry without its edition (`v8/node-sdk` → `node-sdk`). */
export function pageSlugOf(entryId: string): string {
  return editionOf(entryId) ? entryId.split('/').slice(1).join('/') : entryId;
}

/**
 * True for URLs of real docs pages (the home page and edition pages), false for the versionless
 * redirect pages and the 404 page, which must stay out of the sitemap.
 * @example isDocsUrl('http://x/docs/v8/node-sdk/', '/docs') // true
 */
export function isDocsUrl(url: string, base: string): boolean {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const pathname = new URL(url).pathname;
  if (pathname === root || `${pathname}/` === root) return true;
  const first = pathname.slice(root.length).split('/')[0];
  return EDITIONS.some((e) => e.id === first);
}

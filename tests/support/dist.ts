import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Folder of the built site. */
export const DIST = path.resolve('dist');

/** Every HTML file of the built site, relative to dist/ (forward slashes). */
export function listHtml(dir = DIST, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : listHtml(dir, rel);
    return e.name.endsWith('.html') ? [rel] : [];
  });
}

/** The docs pages (not the 404 page and not the versionless redirects). */
export function listDocsPages(): string[] {
  return listHtml().filter((f) => f !== '404.html' && !isRedirect(readDist(f)));
}

/** Text of a file under dist/. */
export function readDist(relative: string): string {
  return readFileSync(path.join(DIST, relative), 'utf8');
}

/** Parsed HTML of a file under dist/. */
export function parseDist(relative: string): Root {
  return fromHtml(readDist(relative));
}

/** A page's URL path from its file: `v8/node-sdk/index.html` → `/v8/node-sdk/`. */
export function urlOf(relative: string): string {
  return `/${relative.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
}

function isRedirect(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html);
}

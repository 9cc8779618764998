import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { listDocsPages, listHtml, readDist, urlOf } from '../support/dist';

/** URL paths of every docs page of the built site, e.g. `/`, `/v8/node-sdk/`. */
export function docsUrls(): string[] {
  return listDocsPages().map(urlOf).sort();
}

/** Docs pages whose HTML contains `needle` (read from dist/, so tests can pick real examples). */
export function docsUrlsContaining(needle: string): string[] {
  return listDocsPages()
    .filter((f) => readDist(f).includes(needle))
    .map(urlOf)
    .sort();
}

/** The versionless redirect pages: `/node-sdk/` and their targets. */
export function redirectPages(): { from: string; to: string }[] {
  return listHtml().flatMap((f) => {
    const match = /<meta http-equiv="refresh" content="0;url=([^"]+)"/i.exec(readDist(f));
    return match?.[1] ? [{ from: urlOf(f), to: match[1] }] : [];
  });
}

/** A path certain not to exist on the site. */
export const MISSING_URL = '/no-such-page-e2e/';

/** Storage key the theme toggle remembers the choice under. */
export const THEME_KEY = 'quickref-theme';

/** A context whose pages start with a stored theme choice (set before any page script runs). */
export async function contextWithTheme(browser: Browser, theme: 'light' | 'dark' | null, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  if (theme) {
    await context.addInitScript(([key, value]) => {
      try {
        localStorage.setItem(key, value);
      } catch {
        // about:blank has no storage
      }
    }, [THEME_KEY, theme] as const);
  }
  return context;
}

/** Parses a computed CSS colour (`rgb()`/`rgba()`, as getComputedStyle reports sRGB colours). */
export function parseColor(css: string): { r: number; g: number; b: number; a: number } {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) throw new Error(`Unexpected computed colour: ${css}`);
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** WCAG relative luminance of a computed CSS colour: 0 (black) to 1 (white). */
export function luminance(css: string): number {
  const { r, g, b } = parseColor(css);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Cases C20 and C21 under a base path and the other trailing-slash style: the site is built
 * again with SITE_BASE=/docs and SITE_TRAILING_SLASH=never into a temporary folder, served at
 * /docs. Pagefind and its index load from /docs/pagefind/, result links carry /docs and no
 * trailing slash, and opening one needs no redirect. The build runs with NODE_ENV=development,
 * the second half of case C24: a built site searches even then (no "needs a build" message).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

let root: string;
let server: StaticServer;
let browser: Browser;

/** Vitest puts `import.meta.env` (BASE_URL, MODE, DEV…) into process.env; Astro would read them. */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*)$/;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'quickref-base-'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_ENV.test(k)));
  execFileSync('npx', ['astro', 'build', '--outDir', path.join(root, 'docs')], {
    env: { ...env, NODE_ENV: 'development', SITE_BASE: '/docs', SITE_TRAILING_SLASH: 'never', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
  });
  server = await serveStatic(root);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('C20/C21/C24: base /docs, no trailing slash, NODE_ENV=development: assets from /docs/pagefind/, links canonical', async () => {
  const context = await browser.newContext();
  try {
    const { page, log } = await openPage(context);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/docs/v8/node-sdk`);
    await page.keyboard.press('Control+k');
    await page.locator('[data-search-input]').fill('PKCE');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“PKCE”'));

    const pagefind = requested.filter((p) => p.includes('pagefind'));
    expect(pagefind.length).toBeGreaterThan(2);
    for (const p of pagefind) expect(p, 'Pagefind file outside /docs/pagefind/').toMatch(/^\/docs\/pagefind\/[^/].*[^/]$/);
    expect(pagefind.some((p) => /\.pf_index$/.test(p))).toBe(true);

    const hrefs = await page.locator('[role="option"]').evaluateAll((os) => os.map((o) => (o as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(new URL(hrefs[0]!).pathname + new URL(hrefs[0]!).hash).toBe('/docs/v8/node-sdk#pkce-for-public-clients');
    for (const href of hrefs) {
      const url = new URL(href);
      expect(url.pathname, href).toMatch(/^\/docs\/v8\/[a-z-]+$/);
      const response = await page.request.get(url.origin + url.pathname, { maxRedirects: 0 });
      expect(response.status(), `${href} answers without a redirect`).toBe(200);
    }

    // A sub-result opened from the keyboard keeps its anchor and lands without a hop.
    await page.keyboard.press('ArrowDown');
    const [response] = await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
    void response;
    expect(page.url()).toBe(hrefs[0]);
    expect(log.errors).toEqual([]);
    expect(log.offsite).toEqual([]);
  } finally {
    await context.close();
  }
});

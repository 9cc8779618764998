import { describe, expect, inject, test } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { MISSING_URL, docsUrls, redirectPages } from './helpers';

/** Every built page loads cleanly: right status, no console noise, nothing fetched off-site, sane structure. */

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const pages = [...docsUrls().map((url) => ({ url, status: 200 })), { url: MISSING_URL, status: 404 }];

describe('every page loads cleanly', () => {
  test('the site has docs pages to test', () => {
    expect(docsUrls()).toContain('/');
    expect(docsUrls().length).toBeGreaterThan(1);
  });

  test.each(pages)('$url → $status', async ({ url, status }) => {
    const context = await browser().newContext();
    try {
      const { page, log } = await openPage(context);
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
      });
      const response = await page.goto(baseUrl + url, { waitUntil: 'load' });
      expect(response?.status(), `HTTP status of ${url}`).toBe(status);
      // Let late requests (module scripts, favicon) settle before reading the logs.
      await page.waitForLoadState('networkidle');
      // Chromium logs the 404 document itself as a console error; that one is expected, nothing else.
      expect(failed, `failed responses on ${url}`).toEqual(status === 404 ? [`404 ${url}`] : []);
      const expectedErrors = status === 404 ? ['error: Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
      expect(log.errors, `console errors/warnings or uncaught exceptions on ${url}`).toEqual(expectedErrors);
      expect(log.offsite, `requests leaving 127.0.0.1 from ${url}`).toEqual([]);
      expect(await page.locator('h1').count(), `h1 elements on ${url}`).toBe(1);
      expect(await page.locator('h1').first().innerText()).not.toBe('');
      expect(await page.getByRole('main').count(), `main landmarks on ${url}`).toBe(1);
      expect(await page.locator('main#main-content').count(), 'the skip link target exists').toBe(1);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.title()).not.toBe('');
    } finally {
      await context.close();
    }
  });
});

describe('versionless URLs', () => {
  test('/authkit-nextjs/ ends up at /v8/authkit-nextjs/', async () => {
    const context = await browser().newContext();
    try {
      const { page, log } = await openPage(context);
      await page.goto(`${baseUrl}/authkit-nextjs/`);
      await page.waitForURL(`${baseUrl}/v8/authkit-nextjs/`);
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe('/v8/authkit-nextjs/');
      expect(await page.locator('h1').count()).toBe(1);
      expect(log.errors).toEqual([]);
      expect(log.offsite).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each(redirectPages())('$from redirects to $to, a page that exists', async ({ from, to }) => {
    expect(docsUrls()).toContain(to);
    const context = await browser().newContext();
    try {
      const { page, log } = await openPage(context);
      const statuses = new Map<string, number>();
      page.on('response', (r) => {
        if (r.request().isNavigationRequest()) statuses.set(new URL(r.url()).pathname, r.status());
      });
      await page.goto(baseUrl + from);
      await page.waitForURL(baseUrl + to, { waitUntil: 'load' });
      expect(Object.fromEntries(statuses)).toEqual({ [from]: 200, [to]: 200 });
      expect(log.errors).toEqual([]);
      expect(log.offsite).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

import { describe, expect, inject, test } from 'vitest';
import { openPage, useBrowser } from '../support/browser';

/** Basic search: loads only when asked, from this site, and finds an API by name. */

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const browser = useBrowser();

describe('search', () => {
  test('nothing of search loads before the reader opens it; then Pagefind loads from /pagefind/ on this host and finds authkitProxy', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page, log } = await openPage(context);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${baseUrl}/v8/node-sdk/`);
      await page.waitForLoadState('networkidle');
      // Reading, scrolling and tabbing around the page does not load search either. (Pointing at
      // the search button does: that is the reader reaching for search, so it starts loading.)
      await page.mouse.wheel(0, 2000);
      await page.keyboard.press('Tab');
      await page.waitForLoadState('networkidle');
      const before = requests.filter((u) => /pagefind/i.test(u));
      expect(before, 'search files requested before search was opened').toEqual([]);

      await page.click('[data-search-open]');
      const input = page.locator('dialog[data-search-dialog] [data-search-input]');
      await input.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.matches('dialog[data-search-dialog] [data-search-input]') ?? false)).toBe(true);
      await input.fill('authkitProxy');
      const results = page.locator('dialog[data-search-dialog] a[role="option"]');
      await results.first().waitFor();
      const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      const paths = hrefs.map((h) => new URL(h).pathname);
      expect(paths, `result links: ${hrefs.join(', ')}`).toContain('/v8/authkit-nextjs/');
      for (const h of hrefs) expect(new URL(h).origin, 'results link to this site').toBe(origin);

      const searchFiles = requests.filter((u) => /pagefind/i.test(u));
      for (const u of searchFiles) {
        const url = new URL(u);
        expect(url.origin, u).toBe(origin);
        expect(url.pathname.startsWith('/pagefind/'), u).toBe(true);
      }
      const names = searchFiles.map((u) => new URL(u).pathname);
      expect(names).toContain('/pagefind/pagefind.js');
      expect(names.some((n) => n.endsWith('.pf_meta')), 'the index metadata loaded').toBe(true);
      expect(names.some((n) => n.endsWith('.pf_fragment')), 'result fragments loaded').toBe(true);
      expect(log.offsite, 'requests leaving 127.0.0.1').toEqual([]);
      expect(log.errors).toEqual([]);

      // Following the result opens the page.
      const target = page.locator('dialog[data-search-dialog] a[role="option"][href*="/v8/authkit-nextjs/"]').first();
      await Promise.all([page.waitForURL((u) => u.pathname === '/v8/authkit-nextjs/'), target.click()]);
      expect(await page.locator('h1').innerText()).not.toBe('');
    } finally {
      await context.close();
    }
  });

  test('the search engine loads once: reopening does not fetch it again', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page, log } = await openPage(context);
      const uiLoads: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname === '/pagefind/pagefind.js') uiLoads.push(r.url());
      });
      await page.goto(`${baseUrl}/`);
      await page.keyboard.press('Control+k');
      await page.locator('dialog[data-search-dialog] [data-search-input]').waitFor();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      await page.waitForFunction(() => document.activeElement?.matches('dialog[data-search-dialog] [data-search-input]') ?? false);
      expect(await page.locator('dialog[data-search-dialog] [data-search-input]').count(), 'one search input').toBe(1);
      expect(uiLoads).toHaveLength(1);
      expect(log.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

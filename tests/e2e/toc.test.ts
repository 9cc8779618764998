import { expect, inject, test } from 'vitest';
import { openPage, useBrowser } from '../support/browser';

/** The table of contents marks the section being read, as the reader scrolls or follows a link. */
const baseUrl = inject('baseUrl');
const browser = useBrowser();

test('the TOC marks the section in view, following scrolls and anchors', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, log } = await openPage(context);
    await page.goto(`${baseUrl}/v8/node-sdk/`);
    const current = (): Promise<string | null> => page.evaluate(() => document.querySelector('.toc a[aria-current="true"]')?.getAttribute('href') ?? null);
    expect(await current()).toBe('#client-types-createworkos');
    await page.evaluate(() => {
      location.hash = '#vault-object-methods';
    });
    await expect.poll(current).toBe('#vault-object-methods');
    await page.evaluate(() => document.getElementById('user-management-v7--v8')?.scrollIntoView());
    await expect.poll(current).toBe('#user-management-v7--v8');
    expect(await page.locator('.toc a[aria-current="true"]').count()).toBe(1);
    expect(log.errors).toEqual([]);
  } finally {
    await context.close();
  }
});

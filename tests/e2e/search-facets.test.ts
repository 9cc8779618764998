/**
 * What search finds and where it points (cases C16, C19, C21, C25–C27 in their one-edition
 * form): the edition and SDK facets, canonical result URLs, chrome never matched, a 360 px
 * screen.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { SITE } from '~/site';
import { useBrowser, openPage, type PageLog } from '../support/browser';

const baseUrl = inject('baseUrl');
const INPUT = 'dialog[data-search-dialog] [data-search-input]';
const OPTIONS = 'dialog[data-search-dialog] [role="option"]';
const browser = useBrowser();
let context: BrowserContext;
let page: Page;
let log: PageLog;

beforeEach(async () => {
  context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  ({ page, log } = await openPage(context));
});
afterEach(async () => {
  expect(log.errors).toEqual([]);
  expect(log.offsite).toEqual([]);
  await context.close();
});

interface Shown {
  href: string;
  title: string;
  meta: string;
}

/** Opens search on `path` (if given), types `query` and returns the results once shown. */
async function search(query: string, path?: string): Promise<Shown[]> {
  if (path) {
    await page.goto(baseUrl + path);
    await page.keyboard.press('Control+k');
  }
  await page.locator(INPUT).fill(query);
  await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`), query);
  return shown();
}

function shown(): Promise<Shown[]> {
  return page.locator(OPTIONS).evaluateAll((os) =>
    os.map((o) => ({
      href: (o as HTMLAnchorElement).href,
      title: o.querySelector('.search-result__title')?.textContent ?? '',
      meta: o.querySelector('.search-result__meta')?.textContent ?? '',
    })),
  );
}

/** Clicks a facet chip and waits for the search it starts to finish. */
async function pick(name: 'search-edition' | 'search-sdk', value: string): Promise<Shown[]> {
  await page.locator(`input[name="${name}"][value="${value}"]`).check();
  await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false');
  return shown();
}

describe('editions (C25–C27, one edition)', () => {
  test('from a v8 page, results are v8 only and labelled; one click searches all editions', async () => {
    const v8 = await search('authkitMiddleware', '/v8/authkit-nextjs/');
    expect(await page.locator('input[name="search-edition"][value="v8"]').isChecked()).toBe(true);
    expect(v8.length).toBeGreaterThan(0);
    for (const r of v8) {
      expect(new URL(r.href).pathname).toMatch(/^\/v8\//);
      expect(r.meta).toMatch(/\bv8$/);
    }
    const all = await pick('search-edition', '');
    // The home page restates the reference in no edition: it appears only now, labelled so.
    const home = all.filter((r) => new URL(r.href).pathname === '/');
    expect(home.length).toBeGreaterThan(0);
    for (const r of home) expect(r.meta).toMatch(/all editions$/);
    // The edition being read still ranks first, and no two top results look alike (C26).
    expect(new URL(all[0]!.href).pathname).toBe('/v8/authkit-nextjs/');
    const top = all.slice(0, 5).map((r) => `${r.title} | ${r.meta}`);
    expect(new Set(top).size).toBe(top.length);
  });

  test('the home page searches the default edition (its versionless links lead there)', async () => {
    await search('PKCE', '/');
    expect(await page.locator('input[name="search-edition"][value="v8"]').isChecked()).toBe(true);
  });
});

describe('SDK facet', () => {
  test('Go keeps only Go sections, even on the page shared with Python', async () => {
    const every = await search('sso', '/v8/python-go/');
    expect(every.some((r) => /Python/.test(r.meta))).toBe(true);
    const go = await pick('search-sdk', 'Go');
    expect(go.length).toBeGreaterThan(0);
    for (const r of go) expect(r.meta).toMatch(/· Go ·/);
    expect(go.map((r) => new URL(r.href).hash)).toContain('#per-package-configuration');
  });

  test('Next.js keeps only the Next.js page', async () => {
    const every = await search('useAuth', '/v8/authkit-react/');
    expect(every.some((r) => new URL(r.href).pathname === '/v8/authkit-react/')).toBe(true);
    const next = await pick('search-sdk', 'Next.js');
    expect(next.length).toBeGreaterThan(0);
    for (const r of next) expect(new URL(r.href).pathname).toBe('/v8/authkit-nextjs/');
  });
});

describe('what is found', () => {
  test('C16: function words do not change the top result', async () => {
    await page.goto(`${baseUrl}/v8/node-sdk/`);
    await page.keyboard.press('Control+k');
    for (const [a, b] of [
      ['create user', 'create a user'],
      ['get access token', 'get an access token'],
    ] as const) {
      const [x] = await search(a);
      const [y] = await search(b);
      expect(x?.href, `${a} / ${b}`).toBeTruthy();
      expect(y?.href).toBe(x?.href);
    }
  });

  test('C19: words only in the footer or the sidebar find nothing', async () => {
    await page.goto(`${baseUrl}/v8/node-sdk/`);
    await page.keyboard.press('Control+k');
    for (const word of ['affiliated', 'Sitemap', 'llms']) {
      expect(await search(word), word).toEqual([]);
      expect(await page.locator('[data-search-status]').textContent()).toBe(`No results for “${word}”`);
    }
  });

  test('C21: every result URL is the canonical page URL plus an anchor that exists', async () => {
    const results = await search('session', '/v8/node-sdk/');
    expect(results.length).toBeGreaterThan(3);
    for (const { href } of results.slice(0, 8)) {
      const url = new URL(href);
      const response = await page.request.get(url.origin + url.pathname, { maxRedirects: 0 });
      expect(response.status(), `${href} answers without a redirect`).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<link rel="canonical" href="${new URL(url.pathname, SITE.url).href}">`);
      if (url.hash) expect(html, `${href}: no element with that id`).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
    }
  });

  test('results carry an excerpt with the match highlighted', async () => {
    const [first] = await search('verifyChallenge', '/v8/node-sdk/');
    expect(first).toBeTruthy();
    const marks = await page.locator(OPTIONS).first().locator('.search-result__excerpt mark').allTextContents();
    expect(marks.some((m) => /verifyChallenge/.test(m))).toBe(true);
  });
});

test('works on a 360 px screen: the dialog fills it, nothing scrolls sideways', async () => {
  const phone = await browser().newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  try {
    const { page: p, log: l } = await openPage(phone);
    await p.goto(`${baseUrl}/v8/node-sdk/`);
    await p.locator('[data-search-open]').tap();
    await p.locator(INPUT).fill('getAuthorizationUrlWithPKCE');
    await p.waitForFunction(() => document.querySelectorAll('[role="option"]').length > 0);
    const layout = await p.evaluate(() => {
      const dialog = document.querySelector('dialog[data-search-dialog]')!.getBoundingClientRect();
      const wide = [...document.querySelectorAll<HTMLElement>('dialog[data-search-dialog] *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5);
      const input = document.querySelector('[data-search-input]')!.getBoundingClientRect();
      const option = document.querySelector('[role="option"]')!.getBoundingClientRect();
      return { dialog: { left: dialog.left, right: dialog.right }, wide: wide.map((el) => el.className || el.tagName), inputWidth: input.width, optionTop: option.top, vw: window.innerWidth, vh: window.innerHeight };
    });
    expect(layout.dialog.left).toBeGreaterThanOrEqual(0);
    expect(layout.dialog.right).toBeLessThanOrEqual(layout.vw);
    expect(layout.wide).toEqual([]);
    expect(layout.inputWidth).toBeGreaterThan(200);
    expect(layout.optionTop).toBeLessThan(layout.vh);
    expect(l.errors).toEqual([]);
  } finally {
    await phone.close();
  }
});

import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { openPage, useBrowser, type PageLog } from '../support/browser';
import { luminance } from './helpers';

/** Everything a keyboard user needs: skip link, search shortcuts, theme toggle, focus rings, mobile menu. */

const baseUrl = inject('baseUrl');
const DOCS_PAGE = '/v8/authkit-nextjs/';
const browser = useBrowser();
let context: BrowserContext;
let page: Page;
let log: PageLog;

beforeEach(async () => {
  context = await browser().newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  ({ page, log } = await openPage(context));
});
afterEach(async () => {
  await context.close();
});

/** A short description of the focused element, for assertions and messages. */
function focused(p: Page = page): Promise<string> {
  return p.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const id = el.id ? `#${el.id}` : '';
    const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
    const data = [...el.attributes].filter((a) => a.name.startsWith('data-')).map((a) => `[${a.name}]`).join('');
    return `${el.tagName.toLowerCase()}${id}${cls}${data}`;
  });
}

const isOpen = () => page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')!.open);
const searchInputFocused = () => page.waitForFunction(() => document.activeElement?.matches('dialog[data-search-dialog][open] input') ?? false);

describe('skip link', () => {
  test('the first Tab focuses a visible skip link, Enter moves focus to main', async () => {
    await page.goto(baseUrl + DOCS_PAGE);
    await page.keyboard.press('Tab');
    expect(await focused()).toContain('a.skip-link');
    const box = await page.locator('.skip-link').boundingBox();
    expect(box, 'skip link is rendered when focused').not.toBeNull();
    expect(box!.y, 'skip link is on screen when focused').toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main-content');
    expect(await focused()).toMatch(/^main#main-content/);
    expect(new URL(page.url()).hash).toBe('#main-content');
    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
  });
});

describe('search dialog', () => {
  test('Ctrl+K opens it with focus in the search input; Escape closes it and focus returns to the search button', async () => {
    await page.goto(baseUrl + DOCS_PAGE);
    await page.focus('[data-search-open]');
    await page.keyboard.press('Control+k');
    await searchInputFocused();
    expect(await isOpen()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')!.open);
    expect(await focused()).toContain('[data-search-open]');
    expect(log.errors).toEqual([]);
  });

  test('Ctrl+K with nothing focused opens it; Escape closes it without leaving focus in the closed dialog', async () => {
    await page.goto(baseUrl + DOCS_PAGE);
    await page.keyboard.press('Control+k');
    await searchInputFocused();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')!.open);
    expect(await page.evaluate(() => document.querySelector('dialog[data-search-dialog]')!.contains(document.activeElement))).toBe(false);
    // It opens again, as often as asked.
    await page.keyboard.press('Meta+k');
    await searchInputFocused();
  });

  test('Enter on the search button opens it; the close button closes it', async () => {
    await page.goto(baseUrl + DOCS_PAGE);
    await page.focus('[data-search-open]');
    await page.keyboard.press('Enter');
    await searchInputFocused();
    // The page behind the modal dialog is inert: Tab never lands on it (past the dialog's last
    // control focus leaves the document for the browser's own UI, which shows up as <body>).
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return !el || el === document.body ? 'outside the document' : document.querySelector('dialog[data-search-dialog]')!.contains(el) ? 'dialog' : el.outerHTML.slice(0, 120);
      });
      expect(['dialog', 'outside the document']).toContain(where);
    }
    await page.focus('[data-search-close]');
    await page.keyboard.press('Enter');
    expect(await isOpen()).toBe(false);
    expect(await focused()).toContain('[data-search-open]');
  });

  test('/ opens it, but not while typing in a field', async () => {
    await page.goto(baseUrl + DOCS_PAGE);
    await page.keyboard.press('/');
    await searchInputFocused();
    // Typing a slash in the search input types it.
    await page.keyboard.type('a/b');
    expect(await page.inputValue('dialog[data-search-dialog] input')).toBe('a/b');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')!.open);

    // A field on the page (a reader-facing form, or a browser extension's) keeps its slashes.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'e2e-field';
      input.setAttribute('aria-label', 'test field');
      document.querySelector('main')!.prepend(input);
      const area = document.createElement('textarea');
      area.id = 'e2e-area';
      area.setAttribute('aria-label', 'test area');
      document.querySelector('main')!.prepend(area);
    });
    for (const id of ['#e2e-field', '#e2e-area']) {
      await page.focus(id);
      await page.keyboard.type('x/y');
      expect(await page.inputValue(id)).toBe('x/y');
      expect(await isOpen(), `/ in ${id} must not open search`).toBe(false);
    }
  });
});

describe('theme toggle', () => {
  test('Enter and Space switch the theme', async () => {
    await page.goto(baseUrl + DOCS_PAGE);
    await page.focus('[data-theme-toggle]');
    const state = () => page.evaluate(() => [document.documentElement.dataset.theme, document.querySelector('[data-theme-toggle]')!.getAttribute('aria-pressed')]);
    expect(await state()).toEqual(['light', 'false']);
    await page.keyboard.press('Enter');
    expect(await state()).toEqual(['dark', 'true']);
    await page.keyboard.press('Space');
    expect(await state()).toEqual(['light', 'false']);
    await page.keyboard.press('Space');
    expect(await state()).toEqual(['dark', 'true']);
    expect(await focused()).toContain('[data-theme-toggle]');
  });
});

interface Ring {
  el: string;
  focusVisible: boolean;
  ring: boolean;
  outlineColor: string;
  shadow: string;
  /** Background painted behind the element. */
  behind: string;
}

/** Tabs from the top of the page and reports the focus ring of each element in the header and sidebar. */
async function tabThroughChrome(p: Page, maxTabs = 80): Promise<Ring[]> {
  const seen: Ring[] = [];
  for (let i = 0; i < maxTabs; i++) {
    await p.keyboard.press('Tab');
    const info = await p.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || !el.closest('.site-header, #sidebar, .skip-link')) return null;
      const style = getComputedStyle(el);
      const outlineShown = style.outlineStyle !== 'none' && (Number.parseFloat(style.outlineWidth) || 0) > 0;
      const shadowShown = style.boxShadow !== 'none' && style.boxShadow !== '';
      let behind = 'rgb(255, 255, 255)';
      for (let n: Element | null = el.parentElement; n; n = n.parentElement) {
        const bg = getComputedStyle(n).backgroundColor;
        if (!/^rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') {
          behind = bg;
          break;
        }
      }
      return { focusVisible: el.matches(':focus-visible'), ring: outlineShown || shadowShown, outlineColor: style.outlineColor, shadow: style.boxShadow, behind };
    });
    if (!info) break;
    seen.push({ el: await focused(p), ...info });
  }
  return seen;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('focus indicators', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`${theme}: every focusable element in the header and sidebar shows a focus ring on :focus-visible`, async () => {
      await context.addInitScript((t) => localStorage.setItem('quickref-theme', t), theme);
      await page.goto(baseUrl + DOCS_PAGE);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const seen = await tabThroughChrome(page);
      const expected = await page.evaluate(() => {
        const all = [...document.querySelectorAll<HTMLElement>('.skip-link, .site-header a[href], .site-header button, #sidebar a[href], #sidebar button')];
        return all.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden').length;
      });
      expect(seen.length, `Tab reached: ${seen.map((s) => s.el).join(', ')}`).toBe(expected);
      expect(seen.length).toBeGreaterThan(4);
      const missing = seen.filter((s) => !s.focusVisible || !s.ring);
      expect(missing, 'elements without a visible focus indicator').toEqual([]);
      // WCAG 1.4.11: the ring needs 3:1 against what surrounds it.
      const faint = seen.filter((s) => s.shadow === 'none' && contrast(s.outlineColor, s.behind) < 3).map((s) => `${s.el}: ${s.outlineColor} on ${s.behind}`);
      expect(faint, 'focus rings with contrast below 3:1').toEqual([]);
    });
  }
});

describe('mobile menu (375 px)', () => {
  test('the menu button opens the sidebar and its links are reachable by Tab', async () => {
    const mobile = await browser().newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    try {
      const { page: m } = await openPage(mobile);
      await m.goto(baseUrl + DOCS_PAGE);
      const menu = m.locator('[data-menu-toggle]');
      const sidebar = m.locator('nav#sidebar');
      expect(await menu.isVisible()).toBe(true);
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await sidebar.isVisible(), 'sidebar hidden until the menu opens').toBe(false);

      await menu.focus();
      await m.keyboard.press('Enter');
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      expect(await m.evaluate(() => document.body.hasAttribute('data-nav-open'))).toBe(true);
      expect(await sidebar.isVisible()).toBe(true);
      const box = await sidebar.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);

      // Tab from the menu button reaches the first sidebar link, and every link after it.
      const links = await sidebar.locator('a[href]').count();
      expect(links).toBeGreaterThan(0);
      const reached: string[] = [];
      for (let i = 0; i < 10 + links; i++) {
        await m.keyboard.press('Tab');
        const inSidebar = await m.evaluate(() => !!document.activeElement?.closest('#sidebar'));
        if (inSidebar) {
          reached.push((await m.evaluate(() => document.activeElement!.getAttribute('href'))) ?? '');
          const linkBox = await m.evaluate(() => {
            const r = document.activeElement!.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
          });
          expect(linkBox.left).toBeGreaterThanOrEqual(0);
          expect(linkBox.right).toBeLessThanOrEqual(375);
          expect(linkBox.bottom, 'focused link scrolled into view').toBeLessThanOrEqual(740);
        } else if (reached.length > 0) break;
      }
      expect(reached).toEqual(await sidebar.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')));

      // The same button closes it again.
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await sidebar.isVisible()).toBe(false);
    } finally {
      await mobile.close();
    }
  });
});

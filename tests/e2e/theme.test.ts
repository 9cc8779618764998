import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { THEME_KEY, contextWithTheme, docsUrlsContaining, luminance } from './helpers';

/** The theme toggle, its memory, the OS preference, no flash of the wrong theme, and dark code (C7). */

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const TOGGLE = '[data-theme-toggle]';
/** A page with code blocks, tables and inline code in tables. */
const CODE_PAGES = docsUrlsContaining('class="code-frame"');
const SAMPLE = CODE_PAGES.includes('/v8/authkit-nextjs/') ? '/v8/authkit-nextjs/' : (CODE_PAGES[0] ?? '/');

async function themeState(page: Page): Promise<{ theme: string | undefined; pressed: string | null; stored: string | null }> {
  return page.evaluate(
    ([toggle, key]) => ({
      theme: document.documentElement.dataset.theme,
      pressed: document.querySelector(toggle)?.getAttribute('aria-pressed') ?? null,
      stored: localStorage.getItem(key),
    }),
    [TOGGLE, THEME_KEY] as const,
  );
}

/** Switches the emulated OS preference and waits until the page's own change listeners have run. */
async function switchOsScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __mediaChanged: Promise<void> }).__mediaChanged = new Promise<void>((resolve) => {
      matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => setTimeout(resolve, 0), { once: true });
    });
  });
  await page.emulateMedia({ colorScheme: scheme });
  await page.evaluate(() => (window as unknown as { __mediaChanged: Promise<void> }).__mediaChanged);
}

describe('theme toggle', () => {
  test('switches data-theme and aria-pressed, and the choice survives a reload', async () => {
    const context = await contextWithTheme(browser(), null, { colorScheme: 'light' });
    try {
      const { page, log } = await openPage(context);
      await page.goto(`${baseUrl}/`);
      expect(await themeState(page)).toEqual({ theme: 'light', pressed: 'false', stored: null });

      await page.click(TOGGLE);
      expect(await themeState(page)).toEqual({ theme: 'dark', pressed: 'true', stored: 'dark' });
      await page.reload();
      expect(await themeState(page)).toEqual({ theme: 'dark', pressed: 'true', stored: 'dark' });

      await page.click(TOGGLE);
      expect(await themeState(page)).toEqual({ theme: 'light', pressed: 'false', stored: 'light' });
      await page.reload();
      expect(await themeState(page)).toEqual({ theme: 'light', pressed: 'false', stored: 'light' });

      // The choice follows the reader to other pages.
      await page.click(TOGGLE);
      await page.goto(baseUrl + SAMPLE);
      expect(await themeState(page)).toEqual({ theme: 'dark', pressed: 'true', stored: 'dark' });
      expect(log.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the toggle has an accessible name that does not change with its state', async () => {
    const context = await contextWithTheme(browser(), null, { colorScheme: 'light' });
    try {
      const { page } = await openPage(context);
      await page.goto(`${baseUrl}/`);
      const toggle = page.getByRole('button', { name: 'Dark theme', pressed: false });
      await expect(toggle.count()).resolves.toBe(1);
      await toggle.click();
      await expect(page.getByRole('button', { name: 'Dark theme', pressed: true }).count()).resolves.toBe(1);
    } finally {
      await context.close();
    }
  });
});

describe('OS preference', () => {
  test('with no stored choice the page follows prefers-color-scheme, also when it changes', async () => {
    const context = await contextWithTheme(browser(), null, { colorScheme: 'dark' });
    try {
      const { page } = await openPage(context);
      await page.goto(`${baseUrl}/`);
      expect(await themeState(page)).toEqual({ theme: 'dark', pressed: 'true', stored: null });
      await switchOsScheme(page, 'light');
      expect(await themeState(page)).toEqual({ theme: 'light', pressed: 'false', stored: null });
    } finally {
      await context.close();
    }
  });

  test('a stored choice wins over the OS preference', async () => {
    for (const [os, stored] of [['dark', 'light'], ['light', 'dark']] as const) {
      const context = await contextWithTheme(browser(), stored, { colorScheme: os });
      try {
        const { page } = await openPage(context);
        await page.goto(`${baseUrl}/`);
        expect(await themeState(page), `OS ${os}, stored ${stored}`).toEqual({ theme: stored, pressed: String(stored === 'dark'), stored });
        // An OS change does not override the reader's choice either.
        await switchOsScheme(page, stored);
        expect((await themeState(page)).theme).toBe(stored);
        await switchOsScheme(page, os);
        expect((await themeState(page)).theme).toBe(stored);
        await page.reload();
        expect((await themeState(page)).theme).toBe(stored);
      } finally {
        await context.close();
      }
    }
  });

  test('toggling against the OS preference is remembered over it', async () => {
    const context = await contextWithTheme(browser(), null, { colorScheme: 'dark' });
    try {
      const { page } = await openPage(context);
      await page.goto(`${baseUrl}/`);
      await page.click(TOGGLE);
      await page.reload();
      expect(await themeState(page)).toEqual({ theme: 'light', pressed: 'false', stored: 'light' });
      await switchOsScheme(page, 'light');
      await switchOsScheme(page, 'dark');
      expect((await themeState(page)).theme).toBe('light');
    } finally {
      await context.close();
    }
  });
});

describe('no flash of the wrong theme', () => {
  for (const [label, stored, os] of [
    ['stored dark, OS light', 'dark', 'light'],
    ['no stored choice, OS dark', null, 'dark'],
  ] as const) {
    test(`${label}: data-theme is dark before <body> exists`, async () => {
      const context = await contextWithTheme(browser(), stored, { colorScheme: os });
      try {
        // Records, in order, every data-theme change and the insertion of <body>.
        await context.addInitScript(() => {
          const events: string[] = [];
          (window as unknown as { __themeEvents: string[] }).__themeEvents = events;
          new MutationObserver((records) => {
            for (const r of records) {
              if (r.type === 'attributes' && r.target === document.documentElement) events.push(`theme:${document.documentElement.getAttribute('data-theme')}@${r.oldValue}`);
              if (r.type === 'childList') for (const n of r.addedNodes) if (n.nodeName === 'BODY') events.push(`body:${document.documentElement.dataset.theme}`);
            }
          }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-theme'], attributeOldValue: true });
          // Also sample the theme the moment <body> is reachable from the parser's side.
          const check = new MutationObserver(() => {
            if (document.body) {
              (window as unknown as { __themeAtBody: string | undefined }).__themeAtBody = document.documentElement.dataset.theme;
              check.disconnect();
            }
          });
          check.observe(document, { subtree: true, childList: true });
        });
        const { page } = await openPage(context);
        await page.goto(baseUrl + SAMPLE);
        const events = await page.evaluate(() => (window as unknown as { __themeEvents: string[] }).__themeEvents);
        const bodyAt = events.findIndex((e) => e.startsWith('body:'));
        expect(bodyAt, `events: ${events.join(', ')}`).toBeGreaterThan(-1);
        const darkAt = events.findIndex((e) => e.startsWith('theme:dark'));
        expect(darkAt, `data-theme must turn dark before <body> is inserted; events: ${events.join(', ')}`).toBeGreaterThan(-1);
        expect(darkAt).toBeLessThan(bodyAt);
        expect(events.slice(darkAt).filter((e) => e.startsWith('theme:')), 'never switches back').toEqual([events[darkAt]]);
        expect(await page.evaluate(() => (window as unknown as { __themeAtBody: string | undefined }).__themeAtBody)).toBe('dark');
      } finally {
        await context.close();
      }
    });
  }
});

/** Computed colours of the code on a page: backgrounds as painted, and every token's colour. */
interface CodeColours {
  frames: { frame: string; header: string; pre: string; lines: string[]; tokens: string[]; darkTokens: string[] }[];
  inline: { bg: string; color: string }[];
}

async function codeColours(page: Page): Promise<CodeColours> {
  return page.evaluate(() => {
    const painted = (el: Element): string => {
      for (let n: Element | null = el; n; n = n.parentElement) {
        const bg = getComputedStyle(n).backgroundColor;
        if (!/^rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    return {
      frames: [...document.querySelectorAll('figure.code-frame')].map((frame) => {
        const pre = frame.querySelector('pre')!;
        const tokens = [...pre.querySelectorAll<HTMLElement>('.line span[style]')];
        return {
          frame: painted(frame),
          header: painted(frame.querySelector('.code-frame__header')!),
          pre: painted(pre),
          lines: [...pre.querySelectorAll('.line')].map(painted),
          tokens: tokens.map((s) => getComputedStyle(s).color),
          darkTokens: tokens.map((s) => s.style.getPropertyValue('--shiki-dark')),
        };
      }),
      inline: [...document.querySelectorAll('.table-wrap code')].map((c) => ({ bg: painted(c), color: getComputedStyle(c).color })),
    };
  });
}

function hexToRgb(hex: string): string {
  const h = hex.trim().replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h.slice(0, 6);
  const n = Number.parseInt(full, 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

function expectDark(colours: CodeColours, light: CodeColours, where: string): void {
  expect(colours.frames.length, where).toBe(light.frames.length);
  colours.frames.forEach((f, i) => {
    const at = `${where}, code block #${i + 1}`;
    expect(luminance(f.pre), `${at}: pre background ${f.pre}`).toBeLessThan(0.2);
    expect(luminance(f.frame), `${at}: frame background ${f.frame}`).toBeLessThan(0.2);
    expect(luminance(f.header), `${at}: frame header background ${f.header}`).toBeLessThan(0.2);
    const lightLines = f.lines.filter((bg) => luminance(bg) >= 0.2);
    expect(lightLines, `${at}: line backgrounds (diff, highlighted)`).toEqual([]);
    expect(f.tokens.length, at).toBe(light.frames[i]!.tokens.length);
    expect(f.tokens.length, `${at}: has highlighted tokens`).toBeGreaterThan(0);
    // Every token takes its dark-theme colour, which differs from its light one.
    expect(f.tokens, `${at}: token colours are the dark theme's`).toEqual(f.darkTokens.map(hexToRgb));
    const same = f.tokens.filter((c, t) => c === light.frames[i]!.tokens[t]);
    expect(same, `${at}: tokens with the same colour as in light mode`).toEqual([]);
  });
  const lightInline = colours.inline.filter((c) => luminance(c.bg) >= 0.2);
  expect(lightInline, `${where}: inline code in tables with a light background`).toEqual([]);
  const darkText = colours.inline.filter((c) => luminance(c.color) < 0.4);
  expect(darkText, `${where}: inline code in tables with dark text`).toEqual([]);
}

describe('code blocks follow the theme (C7)', () => {
  test('there are pages with code blocks and inline code in tables to check', () => {
    expect(CODE_PAGES.length).toBeGreaterThan(0);
    expect(docsUrlsContaining('<td><code').length).toBeGreaterThan(0);
  });

  test.each(CODE_PAGES)('%s: light, dark by toggle, dark by OS preference', async (url) => {
    const lightContext = await contextWithTheme(browser(), null, { colorScheme: 'light' });
    const darkContext = await contextWithTheme(browser(), null, { colorScheme: 'dark' });
    try {
      const { page } = await openPage(lightContext);
      await page.goto(baseUrl + url);
      const light = await codeColours(page);
      expect(light.frames.length).toBeGreaterThan(0);
      light.frames.forEach((f, i) => {
        for (const [part, bg] of [['pre', f.pre], ['frame', f.frame], ['header', f.header]] as const) {
          expect(luminance(bg), `light, code block #${i + 1}: ${part} background ${bg}`).toBeGreaterThan(0.6);
        }
      });
      for (const c of light.inline) expect(luminance(c.bg), `light: inline code background ${c.bg}`).toBeGreaterThan(0.6);

      await page.click(TOGGLE);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expectDark(await codeColours(page), light, `${url} dark by toggle`);

      const { page: osPage } = await openPage(darkContext);
      await osPage.goto(baseUrl + url);
      expect(await osPage.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expectDark(await codeColours(osPage), light, `${url} dark by OS preference`);

      // And back: toggling to light restores the light code colours.
      await page.click(TOGGLE);
      expect(await codeColours(page)).toEqual(light);
    } finally {
      await lightContext.close();
      await darkContext.close();
    }
  });
});

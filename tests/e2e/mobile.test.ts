import { describe, expect, inject, test } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { MISSING_URL, docsUrls, docsUrlsContaining } from './helpers';

/** Narrow phones (C9): no sideways page scroll, wide tables scroll in their own box, header controls on screen. */

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const WIDTHS = [360, 375] as const;
const PAGES = [...docsUrls(), MISSING_URL];

interface Layout {
  scrollWidth: number;
  innerWidth: number;
  /** Elements sticking out of the viewport on the right (what makes the page scroll sideways). */
  overflowing: string[];
  tables: { label: string; wide: boolean; wrapScroll: number; wrapClient: number; overflowX: string; left: number; right: number; scrolled: number }[];
  controls: { name: string; visible: boolean; left: number; right: number; top: number; bottom: number }[];
}

describe.each(WIDTHS)('%i px wide', (width) => {
  test.each(PAGES)('%s', async (url) => {
    {
      const context = await browser().newContext({ viewport: { width, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      try {
        const { page, log } = await openPage(context);
        await page.goto(baseUrl + url);
        // The configured width, not innerWidth: a mobile browser zooms out (widening innerWidth) when content is too wide.
        const layout: Layout = await page.evaluate((vw) => {
          const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
          const overflowing = [...document.body.querySelectorAll('*')]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.right <= vw + 0.5) return false;
              // Content clipped by a scrolling/hidden-overflow ancestor does not widen the page.
              for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX;
                if (o !== 'visible' && p.getBoundingClientRect().right <= vw + 0.5) return false;
              }
              return true;
            })
            .slice(0, 10)
            .map((el) => `${describe(el)} right=${Math.round(el.getBoundingClientRect().right)}`);
          const tables = [...document.querySelectorAll<HTMLElement>('.table-wrap')].map((wrap) => {
            const table = wrap.querySelector('table')!;
            const wide = table.getBoundingClientRect().width > wrap.clientWidth + 0.5;
            const before = wrap.scrollLeft;
            wrap.scrollLeft = 40;
            const scrolled = wrap.scrollLeft - before;
            wrap.scrollLeft = before;
            const r = wrap.getBoundingClientRect();
            return { label: wrap.getAttribute('aria-label') ?? '', wide, wrapScroll: wrap.scrollWidth, wrapClient: wrap.clientWidth, overflowX: getComputedStyle(wrap).overflowX, left: r.left, right: r.right, scrolled };
          });
          const controls = [
            ['search button', '[data-search-open]'],
            ['theme toggle', '[data-theme-toggle]'],
            ['menu button', '[data-menu-toggle]'],
          ].map(([name, selector]) => {
            const el = document.querySelector<HTMLElement>(selector!)!;
            const r = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            const visible = r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
            // Not covered by something else: the centre of the control hits the control.
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return { name: name!, visible: visible && !!hit && el.contains(hit), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          });
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, overflowing, tables, controls };
        }, width);

        expect(layout.scrollWidth, `page scrolls sideways at ${width}px; sticking out: ${layout.overflowing.join(', ')}`).toBeLessThanOrEqual(width);
        expect(layout.innerWidth, 'the browser did not zoom out to fit wide content').toBe(width);
        expect(await page.evaluate(() => document.body.scrollWidth <= window.innerWidth), 'body is no wider than the viewport').toBe(true);

        for (const t of layout.tables) {
          expect(t.left, `${t.label}: wrapper starts on screen`).toBeGreaterThanOrEqual(0);
          expect(t.right, `${t.label}: wrapper ends on screen`).toBeLessThanOrEqual(width);
          if (!t.wide) continue;
          expect(t.wrapScroll, `${t.label}: the wide table scrolls inside its wrapper`).toBeGreaterThan(t.wrapClient);
          expect(['auto', 'scroll'], `${t.label}: wrapper overflow-x`).toContain(t.overflowX);
          expect(t.scrolled, `${t.label}: the wrapper actually scrolls`).toBeGreaterThan(0);
        }

        for (const c of layout.controls) {
          expect(c.visible, `${c.name} is visible and not covered`).toBe(true);
          expect(c.left, `${c.name} left edge`).toBeGreaterThanOrEqual(0);
          expect(c.right, `${c.name} right edge`).toBeLessThanOrEqual(width);
          expect(c.top, `${c.name} top edge`).toBeGreaterThanOrEqual(0);
          expect(c.bottom - c.top, `${c.name} is a usable touch target`).toBeGreaterThanOrEqual(24);
        }

        // Scrolling the page sideways does nothing.
        await page.evaluate(() => window.scrollTo(100, 0));
        expect(await page.evaluate(() => window.scrollX)).toBe(0);
        // (Console errors are pages.test.ts's business; the 404 page logs its own status.)
        expect(log.errors.filter((e) => !(url === MISSING_URL && e.includes('status of 404')))).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  test('the site has a table wider than the screen (so the table check above means something)', async () => {
    const context = await browser().newContext({ viewport: { width, height: 780 }, isMobile: true, hasTouch: true });
    try {
      const { page } = await openPage(context);
      const wide: string[] = [];
      for (const url of docsUrlsContaining('class="table-wrap"')) {
        await page.goto(baseUrl + url);
        const labels = await page.$$eval('.table-wrap', (wraps) => wraps.filter((w) => w.querySelector('table')!.getBoundingClientRect().width > w.clientWidth + 0.5).map((w) => w.getAttribute('aria-label')));
        wide.push(...labels.map((l) => `${url} ${l}`));
        if (wide.length) break;
      }
      expect(wide, `wide tables at ${width}px`).not.toEqual([]);
    } finally {
      await context.close();
    }
  });
});

import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { MISSING_URL, contextWithTheme, docsUrls } from './helpers';

/** axe-core over every page, light and dark: no serious or critical violations. */

const baseUrl = inject('baseUrl');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const browser = useBrowser();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string | undefined }[];
}

async function runAxe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

function format(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}` : ''}`)
        .join('\n');
      return `  ${v.id} (${v.impact}, ${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}): ${v.help}\n${nodes}`;
    })
    .join('\n');
}

const PAGES = [...docsUrls(), MISSING_URL];

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  test.each(PAGES)('%s has no serious or critical axe violations', async (url) => {
    const context = await contextWithTheme(browser(), theme, { viewport: { width: 1280, height: 900 } });
    try {
      const { page } = await openPage(context);
      await page.goto(baseUrl + url);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => v.id), `axe violations on ${url} (${theme}):\n${format(serious)}`).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('also with the search dialog open and showing results', async () => {
    const context = await contextWithTheme(browser(), theme, { viewport: { width: 1280, height: 900 } });
    try {
      const { page } = await openPage(context);
      await page.goto(`${baseUrl}/v8/authkit-nextjs/`);
      await page.click('[data-search-open]');
      const input = page.locator('dialog[data-search-dialog] [data-search-input]');
      await input.waitFor();
      await input.fill('authkitProxy');
      await page.locator('dialog[data-search-dialog] [role="option"]').first().waitFor();
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => v.id), `axe violations with search open (${theme}):\n${format(serious)}`).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('also at 375 px with the menu open', async () => {
    const context = await contextWithTheme(browser(), theme, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const { page } = await openPage(context);
      await page.goto(`${baseUrl}/v8/authkit-nextjs/`);
      await page.click('[data-menu-toggle]');
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => v.id), `axe violations at 375 px, menu open (${theme}):\n${format(serious)}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { docsUrlsContaining } from './helpers';

/** The Copy button of every code frame: what lands on the clipboard, diffs (C8), and the announcement. */

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const CODE_PAGES = docsUrlsContaining('class="copy-button"');
const DIFF_PAGES = docsUrlsContaining('has-diff');

async function clipboardContext(): Promise<BrowserContext> {
  const context = await browser().newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  return context;
}

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Puts a known value on the clipboard, so a Copy that does nothing cannot pass. */
async function resetClipboard(page: Page): Promise<void> {
  await page.evaluate(() => navigator.clipboard.writeText('(clipboard before Copy)'));
}

interface Block {
  title: string;
  snippet: string | null;
  diff: boolean;
  /** The code as shown: the `<code>` element's text. */
  shown: string;
  lines: { text: string; kind: 'add' | 'remove' | 'same' }[];
}

/**
 * Static code frames. A playground's frame is left out: its editor replaces it once loaded, with
 * its own Copy button (tests/e2e/playground.test.ts).
 */
const FRAMES = 'figure.code-frame:not([data-playground] figure)';

async function blocks(page: Page): Promise<Block[]> {
  return page.$$eval(FRAMES, (frames) =>
    frames.map((f) => {
      const pre = f.querySelector('pre')!;
      return {
        title: f.querySelector('.code-frame__title')?.textContent ?? '',
        snippet: f.getAttribute('data-snippet'),
        diff: pre.classList.contains('has-diff'),
        shown: pre.querySelector('code')!.textContent ?? '',
        lines: [...pre.querySelectorAll('.line')].map((l) => ({
          text: l.textContent ?? '',
          kind: l.classList.contains('remove') ? ('remove' as const) : l.classList.contains('add') ? ('add' as const) : ('same' as const),
        })),
      };
    }),
  );
}

/** Clicks the n-th Copy button and returns what landed on the clipboard. */
async function copy(page: Page, index: number): Promise<string> {
  await resetClipboard(page);
  const button = page.locator(`${FRAMES} .copy-button`).nth(index);
  await button.click();
  await expect.poll(() => button.textContent()).toBe('Copied');
  return readClipboard(page);
}

describe('Copy on plain code blocks', () => {
  test('there are code blocks to copy', () => {
    expect(CODE_PAGES.length).toBeGreaterThan(0);
  });

  test.each(CODE_PAGES)('%s: every plain block copies exactly the text shown', async (url) => {
    const context = await clipboardContext();
    try {
      const { page, log } = await openPage(context);
      await page.goto(baseUrl + url);
      const all = await blocks(page);
      let checked = 0;
      for (const [i, block] of all.entries()) {
        if (block.diff) continue;
        const copied = await copy(page, i);
        expect(copied, `block #${i + 1} "${block.title}"`).toBe(block.shown);
        expect(copied.length).toBeGreaterThan(0);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
      expect(log.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('Copy on diff blocks (C8)', () => {
  test('there are diff blocks to copy', () => {
    expect(DIFF_PAGES.length).toBeGreaterThan(0);
  });

  test.each(DIFF_PAGES)('%s: a diff copies the new code: every added line, no removed line', async (url) => {
    const context = await clipboardContext();
    try {
      const { page } = await openPage(context);
      await page.goto(baseUrl + url);
      const all = await blocks(page);
      let checked = 0;
      for (const [i, block] of all.entries()) {
        if (!block.diff) continue;
        const at = `diff #${i + 1} "${block.title}"`;
        const added = block.lines.filter((l) => l.kind === 'add').map((l) => l.text);
        const removed = block.lines.filter((l) => l.kind === 'remove').map((l) => l.text);
        expect(added.length + removed.length, `${at} marks lines`).toBeGreaterThan(0);

        const copied = (await copy(page, i)).split('\n');
        const kept = block.lines.filter((l) => l.kind !== 'remove').map((l) => l.text);
        expect(copied, `${at}: clipboard = shown lines minus removed ones, in order`).toEqual(kept);
        for (const line of added) expect(copied, `${at}: added line ${JSON.stringify(line)}`).toContain(line);
        const removedOnly = removed.filter((r) => !kept.includes(r));
        const leaked = copied.filter((line) => removedOnly.includes(line));
        expect(leaked, `${at}: removed lines on the clipboard`).toEqual([]);

        // Independent of the page: every copied line is a line of the "after" sample file.
        const after = block.snippet?.split(' → ')[1];
        if (after && existsSync(path.join('snippets', after))) {
          const source = new Set(readFileSync(path.join('snippets', after), 'utf8').split('\n').map((l) => l.trim()));
          const foreign = copied.filter((line) => !source.has(line.trim()));
          expect(foreign, `${at}: copied lines not in snippets/${after}`).toEqual([]);
        }
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('Copy feedback', () => {
  test('the button shows "Copied", a live region announces it, and both reset', async () => {
    const url = CODE_PAGES[0]!;
    const context = await clipboardContext();
    try {
      const { page } = await openPage(context);
      await page.goto(baseUrl + url);
      const button = page.locator('figure.code-frame .copy-button').first();
      expect(await button.textContent()).toBe('Copy');
      await button.click();
      await expect.poll(() => button.textContent()).toBe('Copied');
      // Screen readers: the button's accessible name is its aria-label, so the change of its text
      // is not announced; a status (live) region must say it.
      const live = page.locator('[role="status"], [aria-live="polite"], [aria-live="assertive"]').filter({ hasText: 'Copied' });
      expect(await live.count(), 'a live region announcing "Copied"').toBeGreaterThan(0);
      // The announcement is not tied to a hidden dialog or the like: it is in the page's accessibility tree.
      const snapshot = await page.locator('body').ariaSnapshot();
      expect(snapshot).toMatch(/- status[^\n]*Copied/);
      // Back to "Copy" after a moment, ready to announce again.
      await page.waitForFunction(() => document.querySelector('figure.code-frame .copy-button')!.textContent === 'Copy', undefined, { timeout: 5000 });
    } finally {
      await context.close();
    }
  });
});

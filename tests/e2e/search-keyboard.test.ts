/**
 * Search from the keyboard and with a screen reader in mind (cases C15, C42): results as you
 * type without going empty, arrows through the results in order, Enter opens the active one,
 * Escape closes and gives focus back, the result count is announced.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { useBrowser, openPage, type PageLog } from '../support/browser';

const baseUrl = inject('baseUrl');
const PAGE = '/v8/authkit-nextjs/';
const INPUT = 'dialog[data-search-dialog] [data-search-input]';
const OPTIONS = 'dialog[data-search-dialog] [role="option"]';
const browser = useBrowser();
let context: BrowserContext;
let page: Page;
let log: PageLog;

beforeEach(async () => {
  context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  ({ page, log } = await openPage(context));
  await page.goto(baseUrl + PAGE);
});
afterEach(async () => {
  expect(log.errors).toEqual([]);
  expect(log.offsite).toEqual([]);
  await context.close();
});

const status = () => page.locator('[data-search-status]').textContent();
const activeId = () => page.evaluate(() => document.activeElement?.getAttribute('aria-activedescendant') ?? null);
const optionIds = () => page.locator(OPTIONS).evaluateAll((os) => os.map((o) => o.id));

/** Waits until the status line reports results for `query`. */
async function resultsFor(query: string): Promise<void> {
  await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`), query);
}

test('C42: shortcut, type, count announced, arrows in order, Enter opens the active result', async () => {
  await page.keyboard.press('Control+k');
  await page.keyboard.type('session');
  await resultsFor('session');
  // The count is in a polite live region, so screen readers announce it.
  const live = page.locator('[data-search-status]');
  expect(await live.getAttribute('role')).toBe('status');
  const count = await page.locator(OPTIONS).count();
  expect(count).toBeGreaterThan(2);
  expect(await status()).toMatch(new RegExp(`^${count} results for “session”`));
  expect(await page.locator(INPUT).getAttribute('aria-expanded')).toBe('true');

  // Arrows move through the results in order; focus stays in the input (combobox pattern).
  const ids = await optionIds();
  expect(await activeId()).toBeNull();
  for (const id of ids.slice(0, 3)) {
    await page.keyboard.press('ArrowDown');
    expect(await activeId()).toBe(id);
    expect(await page.locator(`#${id}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-input]'))).toBe(true);
  }
  await page.keyboard.press('ArrowUp');
  expect(await activeId()).toBe(ids[1]);
  expect(await page.locator(`[role="option"][aria-selected="true"]`).count()).toBe(1);

  // Enter opens the active result at its section, through no redirect.
  const href = await page.locator(`#${ids[1]}`).evaluate((a) => (a as HTMLAnchorElement).href);
  const [navigated] = await Promise.all([page.waitForURL(href), page.keyboard.press('Enter')]);
  void navigated;
  expect(page.url()).toBe(href);
  const hash = new URL(href).hash.slice(1);
  if (hash) expect(await page.evaluate((id) => !!document.getElementById(decodeURIComponent(id)), hash)).toBe(true);
  expect(await page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')?.open)).toBe(false);
});

test('Enter with no active result opens the first one', async () => {
  await page.keyboard.press('Control+k');
  await page.keyboard.type('saveSession');
  await resultsFor('saveSession');
  const first = await page.locator(OPTIONS).first().evaluate((a) => (a as HTMLAnchorElement).href);
  await Promise.all([page.waitForURL(first), page.keyboard.press('Enter')]);
  expect(new URL(page.url()).hash).toBe('#savesession');
  // On the same page, focus moves to the section that was opened.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('savesession');
});

test('C42: Escape closes with a query typed and returns focus to the search button', async () => {
  await page.click('[data-search-open]');
  await page.keyboard.type('PKCE');
  await resultsFor('PKCE');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')?.open)).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.matches('[data-search-open]'))).toBe(true);
  // Opening again keeps the query and its results.
  await page.keyboard.press('Control+k');
  await resultsFor('PKCE');
  expect(await page.locator(INPUT).inputValue()).toBe('PKCE');
});

test('C42: Tab moves through visible controls only (no hidden or placeholder stops)', async () => {
  await page.keyboard.press('Control+k');
  await page.keyboard.type('proxy');
  await resultsFor('proxy');
  const stops: string[] = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const box = el.matches('input[type="radio"]') ? el.parentElement!.getBoundingClientRect() : r;
      return { name: el.getAttribute('aria-label') ?? (el as HTMLInputElement).value ?? el.textContent, inDialog: !!el.closest('dialog[open]'), visible: box.width > 0 && box.height > 0 };
    });
    if (!info) continue;
    expect(info.inDialog, `Tab left the dialog at ${info.name}`).toBe(true);
    expect(info.visible, `Tab reached an invisible control: ${info.name}`).toBe(true);
    stops.push(String(info.name));
  }
  // The edition and SDK facets are reachable (one stop per radio group).
  expect(stops).toContain('Close search');
  expect(stops.some((s) => s === 'v8')).toBe(true);
});

test('C15: typing letter by letter never empties the list; the Node SDK and AuthKit pages stay listed', async () => {
  await page.keyboard.press('Control+k');
  // Record every change of the list: it may change, but never to empty once it has results.
  await page.evaluate(() => {
    const list = document.querySelector('[data-search-results]')!;
    const counts: number[] = [];
    (window as unknown as { __counts: number[] }).__counts = counts;
    new MutationObserver(() => counts.push(list.querySelectorAll('[role="option"]').length)).observe(list, { childList: true });
  });
  const word = 'authentication';
  for (let i = 1; i <= word.length; i++) {
    await page.keyboard.type(word[i - 1]!);
    if (i < 'authentic'.length) continue;
    const typed = word.slice(0, i);
    await resultsFor(typed);
    const pages = await page.locator(OPTIONS).evaluateAll((os) => os.map((o) => new URL((o as HTMLAnchorElement).href).pathname));
    expect(pages, `results for "${typed}"`).toEqual(expect.arrayContaining([expect.stringMatching(/\/v8\/node-sdk\/?$/), expect.stringMatching(/\/v8\/authkit-(nextjs|react)\/?$/)]));
  }
  const counts = await page.evaluate(() => (window as unknown as { __counts: number[] }).__counts);
  const firstFull = counts.findIndex((n) => n > 0);
  expect(firstFull).toBeGreaterThanOrEqual(0);
  expect(counts.slice(firstFull), 'the list went empty part-way').not.toContain(0);
});

test('a mouse click on a result opens it and closes the dialog', async () => {
  await page.keyboard.press('Control+k');
  await page.keyboard.type('getClaims');
  await resultsFor('getClaims');
  const first = page.locator(OPTIONS).first();
  const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
  await Promise.all([page.waitForURL(href), first.click()]);
  expect(new URL(page.url()).pathname).toMatch(/\/v8\/authkit-react\/?$/);
  expect(await page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')?.open)).toBe(false);
});

/**
 * Timing search in Chromium: every keystroke in the search input and every change of the
 * status line (which the dialog updates once results are drawn), timestamped in the page.
 */
import type { Page } from 'playwright-core';

interface Marks {
  keys: number[];
  draws: { t: number; status: string }[];
}

/** Starts recording keystrokes and status changes in the open search dialog. */
export async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: Marks };
    w.__bench = { keys: [], draws: [] };
    document.querySelector('[data-search-input]')!.addEventListener('keydown', () => w.__bench.keys.push(performance.now()), { capture: true });
    const status = document.querySelector('[data-search-status]')!;
    new MutationObserver(() => w.__bench.draws.push({ t: performance.now(), status: status.textContent ?? '' })).observe(status, { childList: true, characterData: true, subtree: true });
  });
}

/** Waits until the status line reports results for `query`. */
export async function resultsShown(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`), query);
}

/** Times since `since` (or the first keystroke) until the first status line that reports results. */
export function firstResults(page: Page, since: number): Promise<{ fromSince: number; fromFirstKey: number }> {
  return page.evaluate((t0) => {
    const { keys, draws } = (window as unknown as { __bench: Marks }).__bench;
    const first = draws.find((d) => /result/.test(d.status))?.t ?? Number.NaN;
    return { fromSince: first - t0, fromFirstKey: first - (keys[0] ?? Number.NaN) };
  }, since);
}

/** Types `query` (all but its last character at once) and returns ms from the last keystroke to its results. */
export async function typeAndTime(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: Marks };
    w.__bench.keys = [];
    w.__bench.draws = [];
  });
  await page.locator('[data-search-input]').fill(query.slice(0, -1));
  await page.keyboard.type(query.slice(-1));
  await resultsShown(page, query);
  return page.evaluate((q) => {
    const { keys, draws } = (window as unknown as { __bench: Marks }).__bench;
    return (draws.find((d) => d.status.includes(`“${q}”`))?.t ?? Number.NaN) - (keys.at(-1) ?? Number.NaN);
  }, query);
}

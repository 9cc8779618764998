import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Chromium from Debian (`apt-get install chromium`), or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that work on the project's machines (no GPU, no network but loopback). */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches headless Chromium, failing with one clear line when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" (or npm test, which installs it) or set CHROMIUM_PATH.`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** What a page did that a test may want to assert against. */
export interface PageLog {
  /** console.error / console.warn messages and uncaught exceptions. */
  errors: string[];
  /** Every request to a host other than 127.0.0.1 (all are blocked). */
  offsite: string[];
}

/**
 * A new page whose requests to any host but 127.0.0.1 are blocked and recorded, and whose
 * console errors and uncaught exceptions are collected.
 */
export async function openPage(context: BrowserContext): Promise<{ page: Page; log: PageLog }> {
  const log: PageLog = { errors: [], offsite: [] };
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    log.offsite.push(url.href);
    return route.abort('blockedbyclient');
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  return { page, log };
}

/**
 * One Chromium for the whole test file: launched before the first test, closed after the last.
 * @example const browser = useBrowser(); … const context = await browser().newContext();
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is used before beforeAll ran.');
    return browser;
  };
}

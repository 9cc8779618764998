/**
 * Case C24, first half: under `astro dev` there is no index. Opening search says plainly that
 * it needs a build, and nothing throws or asks the server for a missing Pagefind file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';

/** Vitest puts `import.meta.env` (BASE_URL, MODE, DEV…) into process.env; Astro would read them. */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*|NODE_ENV)$/;

let dev: ChildProcess | undefined;
let origin = '';
let browser: Browser;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_ENV.test(k)));
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  // Ready when it answers; give up after two minutes.
  for (const started = Date.now(); ; ) {
    try {
      if ((await fetch(`${origin}/v8/node-sdk/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 120_000) throw new Error('astro dev did not start within 2 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill('SIGTERM');
});

test('C24: in astro dev, search says it needs a build, without errors', { timeout: 120_000 }, async () => {
  const context = await browser.newContext();
  try {
    const { page, log } = await openPage(context);
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (/pagefind/.test(r.url())) pagefind.push(r.url());
    });
    await page.goto(`${origin}/v8/node-sdk/`, { waitUntil: 'networkidle' });
    const status = page.locator('[data-search-status]');
    // On its first page view Vite may reload the page once it has optimised dependencies: press
    // the shortcut until the dialog has answered.
    await expect
      .poll(
        async () => {
          if (!(await page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')?.open))) await page.keyboard.press('Control+k');
          return status.textContent();
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toMatch(/needs a build/);
    expect(await status.textContent()).toMatch(/Search needs a build.*npm start/);
    expect(await status.getAttribute('role')).toBe('status');
    await page.locator('[data-search-input]').fill('PKCE');
    expect(await page.locator('[role="option"]').count()).toBe(0);
    expect(pagefind).toEqual([]);
    expect(log.errors.filter((e) => /pageerror|search|pagefind/i.test(e))).toEqual([]);
  } finally {
    await context.close();
  }
});

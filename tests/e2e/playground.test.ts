import { createRequire } from 'node:module';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { openPage, useBrowser, type PageLog } from '../support/browser';
import { docsUrlsContaining } from './helpers';

/**
 * Live playgrounds on the built site, offline (every host but 127.0.0.1 is blocked): each
 * sample runs with the real SDK against the mock API and prints what it promises; editing,
 * Run, the kill of code that never ends, share links, saved edits, Reset, theme, keyboard
 * (C34, C38, C39, C43, C44) and what pages load.
 */

const baseUrl = inject('baseUrl');
const PAGE = '/v8/node-sdk/';
const browser = useBrowser();
let context: BrowserContext;
let page: Page;
let log: PageLog;

beforeEach(async () => {
  context = await browser().newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  ({ page, log } = await openPage(context));
});
afterEach(async () => {
  expect(log.offsite, 'requests that left 127.0.0.1').toEqual([]);
  await context.close();
});

const id = (sample: string): string => `#playground-node-v8-${sample}`;

/** Scrolls to a playground and waits until its editor is there and its `n`th run has ended. */
async function open(sample: string, runs = 1): Promise<Locator> {
  const playground = page.locator(id(sample));
  await playground.scrollIntoViewIfNeeded();
  await page.waitForSelector(`${id(sample)}[data-state="ready"] .cm-content`);
  await finished(playground, runs);
  return playground;
}

/** Waits until the playground's console shows run `n` ended (done or stopped). */
async function finished(playground: Locator, runs: number): Promise<string> {
  const console = playground.locator(`.playground__console[data-runs="${runs}"]`);
  await console.locator('.playground__status:is([data-state="done"], [data-state="stopped"])').waitFor({ timeout: 15_000 });
  return (await console.locator('.playground__status').textContent()) ?? '';
}

/** The console's lines as text. */
function lines(playground: Locator): Promise<string[]> {
  return playground.locator('.playground__line').evaluateAll((els) => els.map((e) => e.getAttribute('data-text') ?? ''));
}

/** Replaces the code in the editor (as one insertion, so no auto-closed brackets). */
async function setCode(playground: Locator, code: string): Promise<void> {
  await playground.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

/** The editor's text. */
function editorText(playground: Locator): Promise<string> {
  return playground.locator('.cm-content').evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));
}

async function run(playground: Locator, runs: number): Promise<string> {
  await playground.getByRole('button', { name: /^Run/ }).click();
  return finished(playground, runs);
}

describe('every playground runs and prints what its sample promises', () => {
  const EXPECTED: Record<string, (string | RegExp)[]> = {
    'playground-create-workos': [
      'GET /user_management/users → 200 (mock)',
      'Confidential client, listUsers(): ["rafael@example.com","marcelina@example.com"]',
      /^Public client, listUsers\(\): ApiKeyRequiredException API key required for "\/user_management\/users"/,
    ],
    'playground-pkce': [
      /^Sign-in URL: https:\/\/api\.workos\.com\/user_management\/authorize\?client_id=client_123&code_challenge=[\w-]{43}&code_challenge_method=S256&provider=authkit/,
      'GET /user_management/authorize → 302 (mock)',
      'POST /user_management/authenticate → 200 (mock)',
      /^Signed in: marcelina@example\.com \{"accessToken":"eyJ[^"]+…","refreshToken":"\w{25}"\}$/,
      'POST /user_management/authenticate → 400 (mock)',
      /^Second exchange: OauthException Error: invalid_grant\nError Description: The code '\w+' has expired or is invalid\.$/,
    ],
    'playground-sso-selectors': [
      '{"connection":"conn_123","redirect_uri":"https://example.com/callback","response_type":"code"}',
      '{"organization":"org_123","redirect_uri":"https://example.com/callback","response_type":"code"}',
      '{"provider":"GoogleOAuth","redirect_uri":"https://example.com/callback","response_type":"code"}',
      'GET /sso/authorize → 302 (mock)',
      'POST /sso/token → 200 (mock)',
      'Profile: marcelina@example.com org_123 OktaSAML',
    ],
    'directory-sync-custom-attributes': [
      'GET /directory_users/directory_user_123 → 200 (mock)',
      'Exports: {"emails":[{"value":"marcelina@example.com","primary":true,"type":"work"}],"jobTitle":"Software Engineer","username":"marcelina"}',
    ],
    'playground-mfa': ['POST /auth/factors/enroll → 201 (mock)', /^POST \/auth\/factors\/auth_factor_\w+\/challenge → 201 \(mock\)$/, 'Wrong code: false', 'Right code: true'],
    'vault-objects': ['POST /vault/v1/kv → 201 (mock)', /^GET \/vault\/v1\/kv\/secret_\w+ → 200 \(mock\)$/, /^Exports: \{"secret":\{"id":"secret_\w+","name":"stripe-api-key","value":"rk_test_123","metadata":\{"context":\{"organizationId":"org_123"\}/],
    'playground-magic-auth': ['POST /user_management/magic_auth → 201 (mock)', /"code":"\d{6}"/, 'Signed in: marcelina@example.com MagicAuth'],
    'playground-password-reset': [/^https:\/\/example\.com\/reset-password\?token=\w{25}$/, 'POST /user_management/password_reset/confirm → 200 (mock)', 'Signed in with the new password: marcelina@example.com'],
    'playground-session-refresh': [/^Refreshed: session_\w+ marcelina@example\.com new cookie \S+…$/, 'Old cookie: {"authenticated":false,"reason":"invalid_grant"}'],
  };

  test('the page has exactly these playgrounds', async () => {
    await page.goto(baseUrl + PAGE);
    const ids = await page.locator('[data-playground]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.sort()).toEqual(Object.keys(EXPECTED).map((s) => `playground-node-v8-${s}`).sort());
  });

  test.each(Object.entries(EXPECTED))('%s', async (sample, expected) => {
    await page.goto(baseUrl + PAGE);
    const playground = await open(sample);
    expect(await finished(playground, 1)).toMatch(/^Ran in \d+ ms\.$/);
    const output = await lines(playground);
    let from = 0;
    for (const want of expected) {
      const at = output.findIndex((line, i) => i >= from && (typeof want === 'string' ? line === want : want.test(line)));
      expect(at, `${String(want)} (in order) in:\n${output.join('\n')}`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
    expect(output.filter((l) => /error/i.test(l) && !/invalid_grant|ApiKeyRequired/.test(l))).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

describe('editing and running', () => {
  test('F8: edit, Ctrl+Enter runs once; objects show as they were when logged (C38, C39)', async () => {
    await page.goto(baseUrl + PAGE);
    const playground = await open('playground-pkce');
    await setCode(playground, "console.log('init');\nconst scopes = ['openid'];\nconsole.log(scopes);\nscopes.push('profile');\nconsole.log(scopes);\n");
    await page.keyboard.press('ControlOrMeta+Enter');
    await finished(playground, 2);
    expect(await lines(playground)).toEqual(['init', '["openid"]', '["openid","profile"]']);
    // Ctrl+Enter ran the code and did not insert a line.
    expect((await editorText(playground)).split('\n')).toHaveLength(6);
  });

  test('errors name the file and line; the console is cleared on each run', async () => {
    await page.goto(baseUrl + PAGE);
    const playground = await open('playground-mfa');
    await setCode(playground, "const a = 1;\n\nthrow new TypeError('boom ' + a);\n");
    await run(playground, 2);
    expect(await lines(playground)).toEqual(['TypeError: boom 1\n    at playground-mfa.ts:3:7']);
    await setCode(playground, 'const a = ;\n');
    await run(playground, 3);
    expect(await lines(playground)).toEqual(['SyntaxError: Unexpected token\n    at playground-mfa.ts:1:11']);
  });

  test('code that never ends is stopped, the page stays responsive, the next run works', async () => {
    await page.goto(baseUrl + PAGE);
    const playground = await open('playground-magic-auth');
    const other = await open('playground-password-reset');
    await setCode(playground, "console.log('before');\nwhile (true) {}\n");
    const started = Date.now();
    await playground.getByRole('button', { name: /^Run/ }).click();
    // The page is not frozen while the sandbox spins.
    expect(await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(1))))).toBe(1);
    const status = await finished(playground, 2);
    expect(status).toMatch(/^Stopped after 3 s: the code was still running/);
    expect(Date.now() - started).toBeLessThan(8_000);

    // Every sandbox was recycled: another playground and the same one both run again.
    await run(other, 2);
    expect(await lines(other)).toContain('Signed in with the new password: marcelina@example.com');
    await setCode(playground, "console.log('after');\n");
    expect(await run(playground, 3)).toMatch(/^Ran in/);
    expect(await lines(playground)).toEqual(['after']);

    await setCode(playground, "await new Promise(() => {});\n");
    expect(await run(playground, 4)).toMatch(/^Stopped after 3 s/);
  });

  test('other hosts are refused with a message; secrets get an explanation and no share link', async () => {
    await page.goto(baseUrl + PAGE);
    const playground = await open('playground-create-workos');
    await setCode(playground, "import { WorkOS } from '@workos-inc/node';\nconst workos = new WorkOS('sk_test_a1b2c3d4');\nawait workos.organizations.getOrganization('org_123');\nawait fetch('https://example.com/');\n");
    await run(playground, 2);
    const output = await lines(playground);
    expect(output[0]).toMatch(/^This looks like a real WorkOS secret key \(sk_test_…\)\. It was not sent anywhere/);
    expect(output.filter((l) => l.includes('sk_test_…'))).toHaveLength(1);
    expect(output.join('\n')).not.toContain('a1b2c3d4');
    expect(output).toContain('GET https://example.com/ → refused (no network in the playground)');
    expect(output.at(-1)).toMatch(/^TypeError: fetch failed: example\.com was not contacted/);

    await playground.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => playground.locator('.playground__message').textContent()).toMatch(/^Not shared: playground-create-workos\.ts contains what looks like a WorkOS secret key \(sk_test_…\)/);
    await expect(playground.locator('.playground__share').count()).resolves.toBe(0);
  });
});

/** An edit small enough to type, distinct from every sample. */
const EDIT = "// my edit\nconsole.log('edited code');\n";

describe('sandbox', () => {
  test('user code cannot read the site\'s storage, cookies or page', async () => {
    await page.goto(baseUrl + PAGE);
    await page.evaluate(() => localStorage.setItem('site-secret', 'x'));
    const playground = await open('playground-mfa');
    await setCode(
      playground,
      "const probe = (what: string, read: () => unknown) => { try { read(); console.log(what, 'readable'); } catch (e) { console.log(what, (e as Error).name); } };\nprobe('storage', () => localStorage.getItem('site-secret'));\nprobe('cookie', () => document.cookie);\nprobe('page', () => parent.document.title);\nconsole.log('origin', origin);\n",
    );
    await run(playground, 2);
    expect(await lines(playground)).toEqual(['storage SecurityError', 'cookie SecurityError', 'page SecurityError', 'origin null']);
  });

  test('if the runner cannot load, the console says so plainly and the code stays readable (C32)', async () => {
    await page.route('**/_playground/**', (route) => route.abort('internetdisconnected'));
    await page.goto(baseUrl + PAGE);
    const playground = page.locator(id('playground-pkce'));
    await playground.scrollIntoViewIfNeeded();
    const status = await finished(playground, 1);
    expect(status).toMatch(/^Ran in/);
    expect((await lines(playground))[0]).toMatch(/^PlaygroundError: The playground could not start: .+\. The code above is still the complete sample\.$/);
    await page.waitForSelector(`${id('playground-pkce')}[data-state="ready"] .cm-content`);
    expect(await editorText(playground)).toContain('getAuthorizationUrlWithPKCE');
    // The blocked downloads are logged as console errors by Chromium itself.
    log.errors.length = 0;
  });
});

describe('edits persist, travel by link, and reset', () => {
  test('reload keeps edits; Reset restores the sample and forgets them', async () => {
    await page.goto(baseUrl + PAGE);
    let playground = await open('vault-objects');
    const original = await editorText(playground);
    await setCode(playground, EDIT);
    await expect(playground.locator('.playground__badge').textContent()).resolves.toBe('edited');

    await page.reload();
    playground = await open('vault-objects');
    expect(await editorText(playground)).toBe(EDIT);
    expect(await lines(playground)).toEqual(['edited code']);

    await playground.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => editorText(playground)).toBe(original);
    await page.reload();
    playground = await open('vault-objects');
    expect(await editorText(playground)).toBe(original);
  }, 90_000);

  test('a share link restores the code in another browser, without a server seeing it', async () => {
    await page.goto(baseUrl + PAGE);
    const playground = await open('playground-sso-selectors');
    await setCode(playground, EDIT);
    await playground.getByRole('button', { name: 'Share' }).click();
    const url = await playground.locator('.playground__share input').inputValue();
    expect(url).toMatch(new RegExp(`^${baseUrl}${PAGE}#playground-node-v8-playground-sso-selectors=[\\w-]+$`));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    const fresh = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page: other, log: otherLog } = await openPage(fresh);
      const requested: string[] = [];
      other.on('request', (r) => requested.push(r.url()));
      await other.goto(url);
      // The link's playground loads at once and scrolls into view.
      await other.waitForSelector(`${id('playground-sso-selectors')}[data-state="ready"] .cm-content`);
      const shared = other.locator(id('playground-sso-selectors'));
      await finished(shared, 1);
      expect(await shared.locator('.playground__line').first().getAttribute('data-text')).toBe('edited code');
      expect(await other.evaluate(() => location.hash)).toBe('#playground-node-v8-playground-sso-selectors');
      expect(requested.every((r) => !r.includes('edited') && !r.includes('='))).toBe(true);
      expect(otherLog.offsite).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

describe('theme and keyboard', () => {
  test('toggling the theme restyles the editor and keeps the edits (C34)', async () => {
    await page.goto(baseUrl + PAGE);
    const playground = await open('playground-magic-auth');
    await setCode(playground, EDIT);
    const background = () => playground.locator('.cm-editor').evaluate((el) => getComputedStyle(el.closest('.sp-code-editor') ?? el).backgroundColor);
    const before = await background();
    await page.click('[data-theme-toggle]');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(background).not.toBe(before);
    expect(await editorText(playground)).toBe(EDIT);
    await expect(playground.locator('.cm-content').evaluate((el) => el.isConnected)).resolves.toBe(true);
  });

  test('Tab reaches the code, typing edits it, Esc then Tab leaves, with a visible hint (C43, C44)', async () => {
    await page.goto(baseUrl + PAGE);
    const playground = await open('playground-mfa');
    const runButton = playground.getByRole('button', { name: /^Run/ });
    await runButton.focus();
    const hint = playground.locator('.playground__hint');
    await expect(hint.isVisible()).resolves.toBe(false);
    // Run, Reset, Copy, Share, then the code.
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => `${document.activeElement?.tagName}.${document.activeElement?.className}`));
    }
    expect(stops).toEqual(['BUTTON.playground__button', 'BUTTON.playground__button', 'BUTTON.playground__button', 'DIV.cm-content']);
    await expect(hint.isVisible()).resolves.toBe(true);
    expect(await hint.textContent()).toContain('Esc then Tab leaves the editor');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!.closest('.cm-editor')!).outlineStyle);
    expect(outline).toBe('solid');

    await page.keyboard.type('// typed ');
    expect(await editorText(playground)).toMatch(/^\/\/ typed /);
    // Tab inside the code indents; it does not leave.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.playground__console') !== null)).toBe(true);
    await expect(hint.isVisible()).resolves.toBe(false);
    // Backwards: Shift+Tab from the console is the code again (typing resets the Esc); Esc then
    // Shift+Tab leaves upwards.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Share');
  });
});

describe('toolbar Copy and accessibility', () => {
  test('Copy puts the edited code of the shown file on the clipboard', async () => {
    await page.goto(baseUrl + PAGE);
    const playground = await open('playground-sso-selectors');
    // Two files: the second tab shows the imported helper.
    await playground.getByRole('button', { name: 'playground-format.ts' }).click();
    await setCode(playground, EDIT);
    await playground.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => playground.locator('.playground__message').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EDIT);
  });

  test.each(['light', 'dark'] as const)('no serious or critical axe violations in a loaded playground (%s)', async (theme) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(baseUrl + PAGE);
    const playground = await open('playground-sso-selectors');
    await playground.locator('.playground__help summary').click();
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async (selector) => {
      const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const result = await axe.run({ include: [selector] }, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3))}`);
    }, id('playground-sso-selectors'));
    expect(violations).toEqual([]);
  });
});

describe('loading', () => {
  test('a page with playgrounds loads no playground code until one nears the viewport', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto(baseUrl + PAGE);
    const first = await page.locator('[data-playground]').first().evaluate((el) => el.getBoundingClientRect().top);
    expect(first, 'the first playground must start below the viewport + margin for this test').toBeGreaterThan(500 + 400);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const playgroundJs = (list: string[]) => list.filter((p) => /\/_playground\/|Playground|transpile|get-runner|client\./.test(p));
    expect(playgroundJs(requests)).toEqual([]);
    expect(await page.locator('[data-playground]').first().getAttribute('data-state')).toBe('static');

    await page.locator('[data-playground]').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-playground][data-state="ready"]');
    expect(playgroundJs(requests).some((p) => p.includes('/_playground/workos-node-'))).toBe(true);
  });

  test('pages without playgrounds load none of their code', async () => {
    const pages = docsUrlsContaining('<h1').filter((url) => !docsUrlsContaining('data-playground').includes(url));
    expect(pages.length).toBeGreaterThan(0);
    for (const url of pages) {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(baseUrl + url, { waitUntil: 'load' });
      await page.mouse.wheel(0, 20_000);
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      expect(requests.filter((p) => /\/_playground\/|Playground|transpile|get-runner/.test(p)), url).toEqual([]);
      page.removeAllListeners('request');
    }
  });

  test('with JavaScript off the static code is there, with a note', async () => {
    const noJs = await browser().newContext({ javaScriptEnabled: false });
    try {
      const { page: plain } = await openPage(noJs);
      await plain.goto(baseUrl + PAGE);
      const playground = plain.locator(id('playground-pkce'));
      expect(await playground.locator('figure.code-frame pre').textContent()).toContain('getAuthorizationUrlWithPKCE');
      expect(await playground.locator('noscript').count()).toBe(1);
    } finally {
      await noJs.close();
    }
  });
});

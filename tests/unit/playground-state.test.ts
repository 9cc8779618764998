import { describe, expect, test } from 'vitest';
import { applyRunEvent, describeStatus, IDLE_CONSOLE, startRun, type ConsoleState } from '~/playground/console/entries';
import { describeEnv, PLAYGROUND_ENVS } from '~/playground/env';
import { createShareUrl, readShareFragment } from '~/playground/share';
import { sameFiles } from '~/playground/storage';

/** The island's pure state: console entries per run, share links, environments. */

const text = (v: string) => ({ t: 'string' as const, v });

describe('console entries', () => {
  test('a run clears the console, counts runs, and ends with a status', () => {
    let state: ConsoleState = startRun(IDLE_CONSOLE);
    state = applyRunEvent(state, { kind: 'console', level: 'log', args: [text('init')] });
    state = applyRunEvent(state, { kind: 'request', line: 'GET /organizations/org_123 → 200 (mock)' });
    state = applyRunEvent(state, { kind: 'done', ms: 12.4 });
    expect(state.runs).toBe(1);
    expect(state.entries.map((e) => [e.id, e.kind])).toEqual([[1, 'console'], [2, 'request']]);
    expect(describeStatus(state.status, 3000)).toBe('Ran in 12 ms.');
    const next = startRun(state, ['a note']);
    expect(next).toEqual({ entries: [{ id: 1, kind: 'note', text: 'a note' }], status: { state: 'running' }, runs: 2 });
  });

  test('the same note is shown once; output is capped', () => {
    let state = startRun(IDLE_CONSOLE, ['same']);
    state = applyRunEvent(state, { kind: 'note', text: 'same' });
    expect(state.entries).toHaveLength(1);
    for (let i = 0; i < 10; i++) state = applyRunEvent(state, { kind: 'console', level: 'log', args: [text(String(i))] }, 5);
    expect(state.entries).toHaveLength(5);
  });

  test('stopped runs say why', () => {
    const stopped = applyRunEvent(startRun(IDLE_CONSOLE), { kind: 'stopped', reason: 'timeout', ms: 3000 });
    expect(describeStatus(stopped.status, 3000)).toMatch(/^Stopped after 3 s: the code was still running/);
    const restarted = applyRunEvent(startRun(IDLE_CONSOLE), { kind: 'stopped', reason: 'restarted', ms: 40 });
    expect(describeStatus(restarted.status, 3000)).toMatch(/another playground/);
  });
});

describe('share links', () => {
  const files = { 'pkce.ts': "console.log('héllo ✓');\n", 'format.ts': 'export const x = 1;\n' };

  test('round-trip through the fragment only', async () => {
    const result = await createShareUrl('https://quickref.example/v8/node-sdk/?q=1#old', 'playground-pkce', files);
    if (!result.ok) throw new Error(result.reason);
    const url = new URL(result.url);
    expect(`${url.origin}${url.pathname}${url.search}`).toBe('https://quickref.example/v8/node-sdk/?q=1');
    expect(url.hash).toMatch(/^#playground-pkce=[\w-]+$/);
    expect(await readShareFragment(url.hash, 'playground-pkce')).toEqual(files);
    expect(await readShareFragment(url.hash, 'playground-other')).toBeUndefined();
    expect(await readShareFragment('#playground-pkce=not-valid-data', 'playground-pkce')).toBeUndefined();
  });

  test('refuses code with a secret-looking key, saying why', async () => {
    const result = await createShareUrl('https://quickref.example/', 'p', { 'a.ts': "new WorkOS('sk_live_abc123')" });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^Not shared: a\.ts contains what looks like a WorkOS secret key \(sk_live_…\)/) });
    expect(JSON.stringify(result)).not.toContain('abc123');
  });
});

describe('environments and storage helpers', () => {
  test('server has a mock key that does not look like a secret; public has none', () => {
    expect(PLAYGROUND_ENVS.server.WORKOS_API_KEY).not.toMatch(/^sk_(live|test)_/);
    expect(PLAYGROUND_ENVS.server.WORKOS_COOKIE_PASSWORD.length).toBeGreaterThanOrEqual(32);
    expect(describeEnv('public')).toBe('process.env: empty (a public client: no API key)');
    expect(describeEnv('server')).toBe('process.env: WORKOS_API_KEY, WORKOS_CLIENT_ID, WORKOS_COOKIE_PASSWORD (mock values)');
  });

  test('sameFiles compares names and contents', () => {
    expect(sameFiles({ a: '1' }, { a: '1' })).toBe(true);
    expect(sameFiles({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameFiles({ a: '1' }, { a: '1', b: '' })).toBe(false);
  });
});

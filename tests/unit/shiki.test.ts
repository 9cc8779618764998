import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';
import { parseCodeMeta } from '~/lib/code-meta';
import { diffSamples } from '~/lib/line-diff';
import { renderCodeBlock } from '~/markdown/shiki';

const PROXY = `import { authkitMiddleware } from '@workos-inc/authkit-nextjs';

export default authkitMiddleware({
  middlewareAuth: { enabled: true, unauthenticatedPaths: ['/', '/pricing'] },
});

export const config = { matcher: ['/', '/pricing', '/dashboard/:path*'] };`;

test('case C6: ```ts title="proxy.ts" {3-5} shows the title and highlights lines 3-5', async () => {
  const meta = parseCodeMeta('title="proxy.ts" {3-5}');
  const figure = await renderCodeBlock({ code: PROXY, lang: 'ts', ...meta });
  const html = toHtml(figure);
  expect(html).toContain('<figcaption class="code-frame__header"><span class="code-frame__title">proxy.ts</span>');
  const lines = [...html.matchAll(/<span class="line( highlighted)?"/g)].map((m) => Boolean(m[1]));
  expect(lines).toEqual([false, false, true, true, true, false, false]);
  await expect(html.replace(/><span class="line/g, '>\n<span class="line')).toMatchFileSnapshot('__snapshots__/proxy-title-highlight.html');
});

test('case C8: a diff marks removed and added lines and labels the block', async () => {
  const lines = diffSamples('const workos = new WorkOS(process.env.WORKOS_API_KEY);', 'const workos = new WorkOS({ clientId: process.env.WORKOS_CLIENT_ID });');
  const html = toHtml(await renderCodeBlock({ code: lines.map((l) => l.text).join('\n'), lang: 'ts', diff: lines.map((l) => l.kind), label: 'Diff: Copy gives the new code' }));
  expect(html).toMatch(/<pre class="shiki[^"]* has-diff"/);
  expect(html).toMatch(/<span class="line diff remove" data-diff="-">/);
  expect(html).toMatch(/<span class="line diff add" data-diff="\+">/);
  expect(html).toContain('Diff: Copy gives the new code');
});

test('case C7: blocks carry both themes so dark mode restyles tokens and background', async () => {
  const html = toHtml(await renderCodeBlock({ code: 'const a = 1;', lang: 'ts' }));
  expect(html).toMatch(/--shiki-dark:#/);
  expect(html).toMatch(/--shiki-dark-bg:#/);
  expect(html).toContain('tabindex="0"');
});

test('an unknown language falls back to plain text instead of failing', async () => {
  const html = toHtml(await renderCodeBlock({ code: 'x', lang: 'klingon' }));
  expect(html).toContain('data-lang="klingon"');
});

test('a diff highlights each side on its own, so new lines keep their colours', async () => {
  const { renderDiffBlock } = await import('~/markdown/shiki');
  const lines = diffSamples('const { valid } = await workos.mfa.verifyFactor({\n  code,\n});', 'const { valid } = await workos.mfa.verifyChallenge({\n  code,\n});');
  const html = toHtml(await renderDiffBlock({ lines, lang: 'ts', label: 'Diff' }));
  const added = /<span class="line diff add" data-diff="\+">(.*?)<\/span>\n/.exec(html)?.[1] ?? '';
  const removed = /<span class="line diff remove" data-diff="-">(.*?)<\/span>\n/.exec(html)?.[1] ?? '';
  // The same keyword gets the same colour on both sides (it did not when the mixed text was highlighted).
  const keyword = (line: string): string | undefined => /<span style="color:(#[0-9A-F]+)[^"]*">const<\/span>/.exec(line)?.[1];
  expect(keyword(added)).toBeDefined();
  expect(keyword(added)).toBe(keyword(removed));
  expect(html).toMatch(/<pre class="shiki[^"]* has-diff"/);
});

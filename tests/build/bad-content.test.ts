import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

/**
 * Bad content fails the real build (not just the lint function) with file, line and what was
 * expected. The fixture site in tests/fixtures/broken-site has one problem of each kind.
 */
test('astro build of broken content fails, naming file, line and the problem', () => {
  const result = spawnSync('npx', ['astro', 'build', '--root', 'tests/fixtures/broken-site'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain('content/docs/index.mdx:5:10 Frontmatter field "sidebar.order": Invalid input: expected number, received string.');
  expect(output).toContain('content/docs/index.mdx:9:1 <Snippet file="node-v8/pkce-public.ts">: Unknown snippet "node-v8/pkce-public.ts". Did you mean: node-v8/pkce.ts?');
  expect(output).toContain('content/docs/index.mdx:11:1 <Snippet file="node-v8/pkce.ts">: Region "callback" not found. Known regions: flow.');
  expect(output).toContain('content/docs/index.mdx:13:12 Broken anchor "/v8/node-sdk/#pkce-for-public-clients": content/docs/v8/node-sdk.mdx has no heading with id "pkce-for-public-clients". Ids: pkce');
  expect(output).toMatch(/content\/docs\/v8\/prose\.mdx:2:\d+ Invalid YAML frontmatter/);
  expect(output).toMatch(/content\/docs\/v8\/syntax\.mdx:6:26 MDX syntax error: Unexpected character `5`/);
  // Nothing was written: the build stopped before rendering.
  expect(output).not.toContain('Complete!');
});

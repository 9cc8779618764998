import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblems, lintContent } from '~/lib/lint';
import { loadPlaygroundFiles } from '~/playground/sample-files';

/** `<Playground>` in MDX: its sample path and env are checked like a Snippet's; its files are found. */

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'quickref-playground-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const PAGE = (tag: string) => `---\ntitle: Node SDK\ndescription: A page.\n---\nimport { Playground } from '~/components/mdx';\n\n${tag}\n`;

describe('content lint', () => {
  const sample = { 'snippets/node-v8/run.ts': "console.log('hi');\n" };

  test('a valid playground passes', () => {
    expect(formatProblems(lintContent({ root: project({ ...sample, 'content/docs/a.mdx': PAGE('<Playground file="node-v8/run.ts" env="public" />') }) }))).toBe('');
  });

  test('an unknown sample or env fails, naming what is expected', () => {
    const out = formatProblems(lintContent({ root: project({ ...sample, 'content/docs/a.mdx': PAGE('<Playground file="node-v8/runn.ts" env="browser" />') }) }));
    expect(out).toContain('content/docs/a.mdx:7:1 <Playground env>: expected one of server, public (process.env in the sandbox), got "browser".');
    expect(out).toContain('<Playground file="node-v8/runn.ts">: Unknown snippet "node-v8/runn.ts". Did you mean: node-v8/run.ts?');
  });
});

describe('loadPlaygroundFiles', () => {
  test('the sample, then the files it imports with ./ paths, named from its folder', () => {
    const files = loadPlaygroundFiles('node-v8/playground-sso-selectors.ts');
    expect(files.map((f) => f.file)).toEqual(['playground-sso-selectors.ts', 'playground-format.ts']);
    expect(files[1]?.code).toContain('export function describeAuthorizationUrl');
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblems, lintContent } from '~/lib/lint';

/** Writes a throwaway project (content/docs + snippets) and lints it. */
function lint(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'quickref-lint-'));
  const all = { 'snippets/node-v8/ok.ts': "// #region call\nexport const x = 1;\n// #endregion call\n", ...files };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return formatProblems(lintContent({ root }));
}

const FM = '---\ntitle: Node SDK\ndescription: A page.\n---\n';
const IMPORT = "import { Snippet, Aside } from '~/components/mdx';\n\n";

describe('content lint: clean content passes', () => {
  test('a valid page with a snippet, a region, a table, a link and an anchor', () => {
    expect(lint({
      'content/docs/index.mdx': `${FM}${IMPORT}## \`getAuthorizationUrl()\`\n\n### Parameters\n\n## \`authenticateWithCode()\`\n\n### Parameters\n\nSee [it](#getauthorizationurl), [the second](#parameters-1) and [node](/v8/node-sdk/#pkce).\n`,
      'content/docs/v8/node-sdk.mdx': `${FM}${IMPORT}## PKCE\n\n<Snippet file="node-v8/ok.ts" region="call" highlight="1" />\n\n| Option | Type |\n| --- | --- |\n| \`user\` | \`User \\| null\` |\n| \`cookiePassword\` | rejected if length &lt; 32 |\n\n\`\`\`sh\nnpm install @workos-inc/node\n\`\`\`\n`,
    })).toBe('');
  });
});

describe('content lint: bad input fails naming file, line and what was expected', () => {
  test('unknown snippet path (names the nearest known one)', () => {
    const out = lint({ 'content/docs/a.mdx': `${FM}${IMPORT}Text.\n\n<Snippet file="node-v8/okk.ts" />\n` });
    expect(out).toMatch(/^content\/docs\/a\.mdx:9:1 <Snippet file="node-v8\/okk\.ts">: Unknown snippet "node-v8\/okk\.ts"\. Did you mean: node-v8\/ok\.ts\?/);
  });

  test('missing region marker', () => {
    expect(lint({ 'content/docs/a.mdx': `${FM}${IMPORT}<Snippet file="node-v8/ok.ts" region="setup" />\n` })).toMatch(
      /content\/docs\/a\.mdx:7:1 .*Region "setup" not found\. Known regions: call/,
    );
  });

  test('frontmatter field of the wrong type points at its line', () => {
    expect(lint({ 'content/docs/a.mdx': '---\ntitle: A\ndescription: B\nsidebar:\n  order: first\n---\n\nText.\n' })).toMatch(
      /content\/docs\/a\.mdx:5:10 Frontmatter field "sidebar\.order": .*expected number/i,
    );
  });

  test('unknown frontmatter field', () => {
    expect(lint({ 'content/docs/a.mdx': '---\ntitle: A\ndescription: B\ntittle: C\n---\n' })).toMatch(/a\.mdx:4:\d+ Frontmatter field "tittle"/);
  });

  test("case C12: title: 'PKCE's flow' names the file and line", () => {
    expect(lint({ 'content/docs/a.mdx': "---\ntitle: 'PKCE's flow'\ndescription: B\n---\n" })).toMatch(/^content\/docs\/a\.mdx:2:\d+ Invalid YAML frontmatter/);
  });

  test('case C1: "<5 minutes" and "<your-client-id>" in prose', () => {
    expect(lint({ 'content/docs/a.mdx': `${FM}Access tokens expire in <5 minutes.\n` })).toMatch(/a\.mdx:5:26 MDX syntax error: .*Hint: A raw `<`/);
    expect(lint({ 'content/docs/b.mdx': `${FM}Replace <your-client-id> with your ID.\n` })).toMatch(/b\.mdx:5:\d+ MDX syntax error: Expected a closing tag for `<your-client-id>`/);
  });

  test('case C1: escaped versions pass', () => {
    expect(lint({ 'content/docs/a.mdx': `${FM}Access tokens expire in &lt;5 minutes. Replace \`<your-client-id>\` or &lt;your-client-id&gt;.\n` })).toBe('');
  });

  test('case C2: a raw "< 32" in a table cell', () => {
    expect(lint({ 'content/docs/a.mdx': `${FM}| Option | Notes |\n| --- | --- |\n| \`cookiePassword\` | rejected if length < 32 |\n` })).toMatch(/a\.mdx:7:41 Raw `<` in prose: write `&lt;`/);
  });

  test('case C3: an unescaped | inside inline code in a table', () => {
    expect(lint({ 'content/docs/a.mdx': `${FM}| Option | Type |\n| --- | --- |\n| \`user\` | \`User | null\` |\n` })).toMatch(/a\.mdx:7:1 Table row has 3 cells but the header has 2/);
  });

  test('case C10: an HTML comment suggests {/* */}', () => {
    expect(lint({ 'content/docs/a.mdx': `${FM}<!-- prettier-ignore -->\n` })).toMatch(/a\.mdx:5:2 MDX syntax error: .*to create a comment in MDX, use `\{\/\* text \*\/\}`/);
  });

  test('case C11: <Aside> without blank lines around its Markdown is rejected; with them it passes', () => {
    const tight = `${FM}${IMPORT}<Aside>\n**Note:** on Next.js 16 use \`proxy.ts\`.\n- item\n</Aside>\n`;
    const loose = `${FM}${IMPORT}<Aside>\n\n**Note:** on Next.js 16 use \`proxy.ts\`.\n\n- item\n\n</Aside>\n`;
    expect(lint({ 'content/docs/a.mdx': tight })).toMatch(/a\.mdx:7:1 <Aside> with Markdown inside needs a blank line/);
    expect(lint({ 'content/docs/a.mdx': loose })).toBe('');
  });

  test('a code fence in a programming language must be a snippet', () => {
    expect(lint({ 'content/docs/a.mdx': `${FM}\`\`\`ts\nconst x = 1;\n\`\`\`\n` })).toMatch(/a\.mdx:5:1 Code fence in "ts": samples must be files under snippets\//);
  });

  test('broken link to a page, and to an anchor that changed', () => {
    const out = lint({
      'content/docs/index.mdx': `${FM}See [gone](/v8/nothing/) and [renamed](/v8/node-sdk/#pkce-flow).\n`,
      'content/docs/v8/node-sdk.mdx': `${FM}## PKCE\n`,
    });
    expect(out).toMatch(/content\/docs\/index\.mdx:5:5 Broken link "\/v8\/nothing\/"/);
    expect(out).toMatch(/content\/docs\/index\.mdx:5:\d+ Broken anchor "\/v8\/node-sdk\/#pkce-flow": content\/docs\/v8\/node-sdk\.mdx has no heading with id "pkce-flow"\. Ids: pkce/);
  });

  test('case C5/C23: heading ids from code headings and duplicates follow github-slugger', () => {
    const page = `${FM}## \`getAuthorizationUrl()\`\n\n### Parameters\n\n## Using \`withAuth\` in layouts\n\n### Parameters\n\n[a](#getauthorizationurl) [b](#parameters-1) [c](#using-withauth-in-layouts) [d](#parameters-2)\n`;
    expect(lint({ 'content/docs/a.mdx': page })).toMatch(/Broken anchor "#parameters-2".*Ids: getauthorizationurl, parameters, using-withauth-in-layouts, parameters-1$/);
  });
});

describe('content lint: escapes that would show', () => {
  test('an escaped brace inside inline code would render its backslash', () => {
    expect(lint({ 'content/docs/a.mdx': `${FM}Call \`createMagicAuth(\\{ email \\})\`.\n` })).toMatch(/a\.mdx:5:6 Inline code `createMagicAuth\(\\\{ email \\\}\)` shows a backslash/);
  });
  test('braces in inline code and escaped braces in prose pass', () => {
    expect(lint({ 'content/docs/a.mdx': `${FM}Call \`createMagicAuth({ email })\` with \\{ email \\}.\n` })).toBe('');
  });
});

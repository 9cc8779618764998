/**
 * Version badges: each page's `.version-badge[data-package][data-version]` shows the version
 * that is actually installed or pinned: npm packages from node_modules/<name>/package.json, the
 * Python `workos` package from snippets/python/requirements.txt, Go modules from
 * snippets/go/go.mod. The badges are the packages the page's frontmatter lists.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { attr, builtDocsPages, contentPages, selectAll, textOf } from './helpers';

/** The installed or pinned version of a package, read here independently of the site's code. */
function installedVersion(name: string): string {
  if (name === 'workos') {
    const text = readFileSync('snippets/python/requirements.txt', 'utf8');
    const version = /^\s*workos\s*==\s*([\w.]+)/m.exec(text)?.[1];
    if (!version) throw new Error('workos is not pinned with == in snippets/python/requirements.txt');
    return version;
  }
  if (name.startsWith('github.com/')) {
    const text = readFileSync('snippets/go/go.mod', 'utf8');
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const version = new RegExp(`^\\s*(?:require\\s+)?${escaped}\\s+v(\\S+)`, 'm').exec(text)?.[1];
    if (!version) throw new Error(`${name} is not required in snippets/go/go.mod`);
    return version;
  }
  const file = path.join('node_modules', name, 'package.json');
  if (!existsSync(file)) throw new Error(`${name} is not installed (${file} is missing)`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

const pages = builtDocsPages();
const content = contentPages();

function badgesOf(tree: (typeof pages)[number]['tree']): { name: string; version: string; text: string }[] {
  return selectAll('.version-badge', tree).map((b: Element) => ({ name: attr(b, 'dataPackage') ?? '', version: attr(b, 'dataVersion') ?? '', text: textOf(b) }));
}

describe.each(pages.map((p) => [p.url, p] as const))('%s', (url, page) => {
  const badges = badgesOf(page.tree);

  test('every badge names a package and the version installed or pinned for it', () => {
    const wrong = badges.filter((b) => !b.name || b.version !== installedVersion(b.name) || !b.text.includes(b.version) || !b.text.includes(b.name));
    expect(
      wrong.map((b) => `${b.name || '(no data-package)'}: badge says ${b.version || '(no data-version)'} / "${b.text}", installed ${b.name ? installedVersion(b.name) : '?'}`),
    ).toEqual([]);
  });

  test('the badges are the packages the frontmatter lists', () => {
    const entry = content.find((c) => c.route === url);
    expect(entry, `no content file for ${url}`).toBeDefined();
    expect(badges.map((b) => b.name)).toEqual(entry?.frontmatter.packages ?? []);
  });

  if (url.startsWith('/v8/')) {
    test('a /v8/ page shows at least one version badge', () => {
      expect(badges.length).toBeGreaterThan(0);
    });
  }
});

test('the Node SDK page shows @workos-inc/node', () => {
  const node = pages.find((p) => p.url === '/v8/node-sdk/');
  expect(node, '/v8/node-sdk/ is not built').toBeDefined();
  const badges = badgesOf(node?.tree ?? { type: 'root', children: [] });
  expect(badges.map((b) => b.name)).toContain('@workos-inc/node');
  expect(badges.find((b) => b.name === '@workos-inc/node')?.version).toBe(installedVersion('@workos-inc/node'));
});

test('every /v8/ page is built (so the badge checks above ran)', () => {
  expect(pages.filter((p) => p.url.startsWith('/v8/')).length).toBeGreaterThanOrEqual(4);
});

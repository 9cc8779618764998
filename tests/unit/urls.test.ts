import { describe, expect, test } from 'vitest';
import { DEFAULT_EDITION, editionOf, isDocsUrl, pageSlugOf } from '~/lib/editions';
import { buildSidebar, neighbours } from '~/lib/nav';
import { pageUrl, routeOf } from '~/lib/urls';

describe('pageUrl respects base and trailingSlash (case C20/C21)', () => {
  test.each([
    ['v8/node-sdk', '/', 'always', '/v8/node-sdk/'],
    ['v8/node-sdk', '/docs', 'always', '/docs/v8/node-sdk/'],
    ['v8/node-sdk', '/docs/', 'never', '/docs/v8/node-sdk'],
    ['', '/', 'always', '/'],
    ['', '/docs', 'never', '/docs'],
  ] as const)('%s with base %s, %s → %s', (route, base, trailingSlash, expected) => {
    expect(pageUrl(route, { base, trailingSlash })).toBe(expected);
  });
  test('keeps the anchor', () => {
    expect(pageUrl('v8/node-sdk', { base: '/', trailingSlash: 'never' }, 'pkce')).toBe('/v8/node-sdk#pkce');
  });
});

describe('editions', () => {
  test('entry ids carry the edition', () => {
    expect(editionOf('v8/node-sdk')).toBe('v8');
    expect(editionOf('index')).toBeUndefined();
    expect(pageSlugOf('v8/node-sdk')).toBe('node-sdk');
    expect(routeOf('index')).toBe('');
    expect(DEFAULT_EDITION).toBe('v8');
  });
});

describe('sidebar', () => {
  const pages = [
    { id: 'v8/b', label: 'B', order: 2, href: '/v8/b/' },
    { id: 'index', label: 'Home', order: 0, href: '/' },
    { id: 'v8/a', label: 'A', order: 1, href: '/v8/a/' },
    { id: 'other', label: 'Other', order: 1, href: '/other/' },
  ];
  const groups = buildSidebar(pages, [
    { label: 'Overview', includes: (id) => id === 'index' },
    { label: 'Reference', includes: (id) => id.startsWith('v8/') },
    { label: 'Empty', includes: () => false },
  ]);
  test('groups in order, sorted by order, empty groups dropped, unmatched pages left out', () => {
    expect(groups.map((g) => [g.label, g.pages.map((p) => p.id)])).toEqual([
      ['Overview', ['index']],
      ['Reference', ['v8/a', 'v8/b']],
    ]);
  });
  test('previous and next follow the sidebar across groups', () => {
    expect(neighbours(groups, 'v8/a')).toEqual({ prev: pages[1], next: pages[0] });
    expect(neighbours(groups, 'index').prev).toBeUndefined();
    expect(neighbours(groups, 'missing')).toEqual({});
  });
});

describe('isDocsUrl keeps redirects and 404 out of the sitemap', () => {
  test.each([
    ['http://x/', '/', true],
    ['http://x/v8/node-sdk/', '/', true],
    ['http://x/node-sdk/', '/', false],
    ['http://x/404/', '/', false],
    ['http://x/docs/v8/node-sdk', '/docs', true],
    ['http://x/docs/', '/docs', true],
    ['http://x/docs/node-sdk/', '/docs/', false],
  ])('%s (base %s) → %s', (url, base, expected) => {
    expect(isDocsUrl(url, base)).toBe(expected);
  });
});

/**
 * Seed coverage: everything the seed text (tests/fixtures/seed-quick-reference.md) says is
 * published on the page that covers it. Every seed table is a real HTML <table> on its page
 * with a row for every seed row, and every identifier the seed names appears in its page.
 *
 * Rows are found by their key (first) cell, normalised (case, whitespace, backticks, a trailing
 * `()` or parenthetical), so authors may correct the other cells. When the authors reworded the
 * key itself (`<=15` → `15 and earlier`), the row is found by all of its other cells instead.
 */
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { attr, builtPage, ORIGIN, select, selectAll, spacedText, textOf, withBase } from './helpers';
import { seedSections, seedTables, sectionIdentifiers, type SeedTable } from './seed';

/** Which page covers each seed section. A seed section missing here fails the test. */
const SECTION_PAGES: [RegExp, string][] = [
  [/^Index$/, '/'],
  [/^AuthKit Next\.js\b/, '/v8/authkit-nextjs/'],
  [/^Custom State\b/, '/v8/authkit-nextjs/'],
  [/^Session Refresh Callbacks\b/, '/v8/authkit-nextjs/'],
  [/^AuthKit Client Components\b/, '/v8/authkit-nextjs/'],
  [/^Node SDK v8\b/, '/v8/node-sdk/'],
  [/^PKCE\b/, '/v8/node-sdk/'],
  [/^Key Breaking Changes\b/, '/v8/node-sdk/'],
  [/^User Management Renames\b/, '/v8/node-sdk/'],
  [/^AuthKit React\b/, '/v8/authkit-react/'],
  [/^Python & Go\b/, '/v8/python-go/'],
];

/** The page each Index row's reference file became. */
const REFERENCE_PAGES: Record<string, string> = {
  'references/authkit-nextjs.md': '/v8/authkit-nextjs/',
  'references/authkit-react.md': '/v8/authkit-react/',
  'references/node-sdk-v8.md': '/v8/node-sdk/',
  'references/sdk-python-go.md': '/v8/python-go/',
};

function pageOf(section: string): string | undefined {
  return SECTION_PAGES.find(([re]) => re.test(section))?.[1];
}

const norm = (s: string): string => s.replace(/`/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
/** Text with whitespace around `.` removed, so a chained call split over lines still reads `a.b.c`. */
const compact = (s: string): string => s.replace(/\s*\.\s*/g, '.').replace(/\s+/g, ' ');

/** Whether `text` names `name` as a whole identifier (not as part of a longer one). */
function mentions(text: string, name: string): boolean {
  const escaped = compact(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`).test(text);
}

/** The key of a seed cell: normalised, without a trailing `()` or `(…)`. */
function keyOf(seedCell: string): string {
  return norm(seedCell).replace(/\s*\([^()]*\)$/, '').trim();
}

/** A page cell matches a seed cell when it is the seed's key or starts with it at a word boundary. */
function cellMatches(pageCell: string, seedCell: string): boolean {
  const key = keyOf(seedCell);
  const text = norm(pageCell);
  if (!key) return false;
  return text === key || (text.startsWith(key) && !/[\w$]/.test(text.charAt(key.length)));
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
}

/** The page row for a seed row: by key cell, else (key reworded) by all of the other cells. */
function findRow(rows: Element[], seedRow: string[]): Element | undefined {
  const [key, ...rest] = seedRow;
  const byKey = rows.find((r) => cellMatches(textOf(cellsOf(r)[0] ?? r), key ?? ''));
  if (byKey) return byKey;
  if (rest.length === 0) return undefined;
  return rows.find((r) => {
    const cells = cellsOf(r);
    return rest.every((seedCell, i) => cells[i + 1] !== undefined && cellMatches(textOf(cells[i + 1] as Element), seedCell));
  });
}

/**
 * Identifiers a cell names when the cell is only names (`authkitProxy()`, `proxy.ts`,
 * `loadSealedSession() then session.refresh()`): each must still be in the page's row.
 */
function cellNames(seedCell: string): string[] {
  const tokens = seedCell.trim().split(/\s+/);
  const names = tokens.filter((t) => /^[A-Za-z_$][\w$.]*\(\)$|^[\w-]+\.(?:ts|tsx|js|mjs)$/.test(t));
  const connectors = tokens.filter((t) => !names.includes(t));
  if (names.length === 0 || !connectors.every((t) => /^[a-z]{1,4}$/.test(t))) return [];
  return names.map((n) => n.replace(/\(\)$/, ''));
}

/** Problems with one seed table on its page: missing table, rows, names or links. */
function tableProblems(table: SeedTable, route: string): string[] {
  const tree = builtPage(route).tree;
  const tables = selectAll('main table', tree);
  if (tables.length === 0) return [`${route} has no <table> in <main> (expected the seed table "${table.section}")`];
  // The page table holding the most seed rows is the one that publishes this seed table.
  const scored = tables.map((t) => {
    const rows = selectAll('tr', t).filter((r) => select('td', r));
    return { rows, found: table.rows.map((seedRow) => findRow(rows, seedRow)) };
  });
  const best = scored.reduce((a, b) => (b.found.filter(Boolean).length > a.found.filter(Boolean).length ? b : a));
  const problems: string[] = [];
  table.rows.forEach((seedRow, i) => {
    const row = best.found[i];
    const label = `"${table.section}" row "${seedRow[0]}"`;
    if (!row) {
      problems.push(`${label}: no matching row in any <table> of ${route}`);
      return;
    }
    const rowText = compact(spacedText(row));
    for (const cell of seedRow) {
      for (const name of cellNames(cell)) if (!mentions(rowText, name)) problems.push(`${label}: the row does not name \`${name}\``);
    }
    const reference = seedRow.find((c) => REFERENCE_PAGES[c]);
    if (reference) {
      const target = withBase(REFERENCE_PAGES[reference] ?? '');
      const links = selectAll('a[href]', row).map((a) => new URL(attr(a, 'href') ?? '', `${ORIGIN}${withBase(route)}`).pathname);
      if (!links.includes(target)) problems.push(`${label}: the row does not link to ${target} (links: ${links.join(', ') || 'none'})`);
    }
  });
  return problems;
}

const tables = seedTables();
const sections = seedSections().filter((s) => s.depth === 3);

test('the seed parses into the tables and sections this test knows', () => {
  expect(tables.map((t) => t.section)).toEqual(expect.arrayContaining(['Index', 'AuthKit Next.js -- Proxy vs Middleware', 'Key Breaking Changes (v7 to v8)', 'User Management Renames (v7 to v8)']));
  expect(tables.every((t) => t.rows.length > 0 && t.rows.every((r) => r.length === t.header.length))).toBe(true);
  const unmapped = sections.map((s) => s.title).filter((t) => !pageOf(t));
  expect(unmapped, 'seed sections without a page in SECTION_PAGES').toEqual([]);
  expect(sections.length).toBeGreaterThanOrEqual(10);
});

describe('every seed table is a real <table> on its page', () => {
  // "Reference Files" lists the source's missing files: it is scope, not published text.
  const published = tables.filter((t) => pageOf(t.section));
  test('the four published seed tables are mapped to pages', () => {
    expect(published.map((t) => `${t.section} → ${pageOf(t.section)}`)).toHaveLength(4);
  });
  test.each(published.map((t) => [t.section, pageOf(t.section) ?? '', t] as const))('%s → %s', (_section, route, table) => {
    expect(tableProblems(table, route)).toEqual([]);
  });
});

describe('every identifier the seed names appears on the page covering its section', () => {
  const byPage = new Map<string, Map<string, string[]>>();
  for (const section of sections) {
    const route = pageOf(section.title);
    if (!route) continue;
    const ids = byPage.get(route) ?? new Map<string, string[]>();
    ids.set(section.title, sectionIdentifiers(section));
    byPage.set(route, ids);
  }

  test('identifiers were extracted from every section', () => {
    const empty = [...byPage.values()].flatMap((m) => [...m].filter(([, ids]) => ids.length === 0).map(([s]) => s));
    expect(empty).toEqual([]);
    // The brief's examples must be among what the extraction finds.
    const all = [...byPage.values()].flatMap((m) => [...m.values()].flat());
    expect(all).toEqual(expect.arrayContaining(['authkit', 'handleAuthkitHeaders', 'getSignInUrl', 'createWorkOS', 'WorkOSClient', 'sso.Configure']));
  });

  test.each([...byPage].map(([route, ids]) => [route, ids] as const))('%s', (route, ids) => {
    const main = select('main', builtPage(route).tree);
    expect(main, `${route} has no <main>`).toBeDefined();
    const text = compact(spacedText(main as Element));
    const missing = [...ids].flatMap(([section, names]) => names.filter((n) => !mentions(text, n)).map((n) => `${n} (seed § ${section})`));
    expect(missing, `identifiers missing from ${route}`).toEqual([]);
  });
});

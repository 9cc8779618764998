/**
 * Reads the seed text we publish (tests/fixtures/seed-quick-reference.md): its sections, its
 * Markdown tables and the code identifiers each section names. Used by seed-coverage.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Code, Heading, InlineCode, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export const SEED_FILE = 'tests/fixtures/seed-quick-reference.md';

/** A seed table: its header cells and its body rows (cell text, as written in the seed). */
export interface SeedTable {
  /** The heading the table sits under (`Index`, `Key Breaking Changes (v7 to v8)`). */
  section: string;
  header: string[];
  rows: string[][];
}

/** A `##`/`###` section of the seed with everything under it. */
export interface SeedSection {
  depth: number;
  title: string;
  nodes: RootContent[];
}

export function parseSeed(source = readFileSync(SEED_FILE, 'utf8')): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(source);
}

/** Splits the document into sections at `##` and `###` headings. */
export function seedSections(tree: Root = parseSeed()): SeedSection[] {
  const sections: SeedSection[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && (node as Heading).depth >= 2 && (node as Heading).depth <= 3) {
      sections.push({ depth: (node as Heading).depth, title: toString(node), nodes: [] });
    } else sections.at(-1)?.nodes.push(node);
  }
  return sections;
}

/** Every table of the seed, with the heading it sits under. */
export function seedTables(tree: Root = parseSeed()): SeedTable[] {
  return seedSections(tree).flatMap((section) =>
    section.nodes
      .filter((n): n is Table => n.type === 'table')
      .map((table) => {
        const [head, ...body] = table.children.map((row) => row.children.map((cell) => toString(cell).trim()));
        return { section: section.title, header: head ?? [], rows: body };
      }),
  );
}

const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'return', 'function', 'async', 'await', 'catch', 'typeof', 'new', 'import', 'from', 'const', 'let', 'var', 'export', 'default']);

/**
 * Identifiers a piece of code names: called names (`authkit(`, `workos.userManagement.getX(`,
 * `sso.Configure(`), imported names (`import { a, b } from`, `from workos import X`).
 */
export function codeIdentifiers(code: string): string[] {
  const out: string[] = [];
  const stripped = code.replace(/\/\/.*$|#.*$/gm, '').replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '""');
  for (const m of stripped.matchAll(/([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*\(/g)) {
    const name = (m[1] ?? '').replace(/\s+/g, '');
    if (!KEYWORDS.has(name)) out.push(name);
  }
  for (const m of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from/g)) {
    for (const part of (m[1] ?? '').split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]?.trim();
      if (name) out.push(name);
    }
  }
  // Callback options (`onSuccess: async () => …`, `onSessionRefreshError: …`) are API names too.
  for (const m of stripped.matchAll(/(?<![\w$.])(on[A-Z][\w$]*)\s*:/g)) out.push(m[1] ?? '');
  for (const m of code.matchAll(/^\s*from\s+[\w.]+\s+import\s+([\w\s,]+)$/gm)) {
    for (const part of (m[1] ?? '').split(',')) if (part.trim()) out.push(part.trim());
  }
  return out;
}

/**
 * Identifier-shaped words of prose or a table cell: names followed by `()`, camelCase or
 * PascalCase words with an inner capital (`clientId`, `AuthKitProvider`, `WorkOSClient`) and
 * CONSTANT_CASE names (`WORKOS_ENABLE_PKCE`).
 */
export function proseIdentifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\w*.$/-])([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\(\)/g)) out.push(m[1] ?? '');
  for (const m of text.matchAll(/(?<![\w*.$/-])([A-Za-z][a-z0-9]*[a-z0-9][A-Z][A-Za-z0-9]*)(?![\w/-])/g)) out.push(m[1] ?? '');
  for (const m of text.matchAll(/(?<![\w*.$/-])([A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)(?![\w/-])/g)) out.push(m[1] ?? '');
  return out;
}

/** Identifiers of inline code: a bare identifier as is, otherwise the code's identifiers and leading `name:` keys. */
export function inlineCodeIdentifiers(value: string): string[] {
  const bare = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)(?:\(\))?$/.exec(value.trim());
  if (bare) return [bare[1] ?? ''];
  const keys = [...value.matchAll(/(?:^|[{,]\s*)([A-Za-z_$][\w$]*)\s*:/g)].map((m) => m[1] ?? '');
  return [...codeIdentifiers(value), ...keys];
}

/** Every identifier a section names, in code blocks, inline code, prose and tables; deduplicated. */
export function sectionIdentifiers(section: SeedSection): string[] {
  const found: string[] = [];
  const root: Root = { type: 'root', children: section.nodes };
  visit(root, (node) => {
    if (node.type === 'code') found.push(...codeIdentifiers((node as Code).value));
    else if (node.type === 'inlineCode') found.push(...inlineCodeIdentifiers((node as InlineCode).value));
    else if (node.type === 'text') found.push(...proseIdentifiers((node as { value: string }).value));
  });
  return [...new Set(found.filter(Boolean))];
}

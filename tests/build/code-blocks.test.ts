/**
 * Code blocks: every block on every page is a Shiki code frame; every block in a programming
 * language comes from a checked sample file (`data-snippet`); every frame has a named Copy
 * button and a focusable <pre>; highlighted lines are exactly the ones the MDX asks for (C6).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import type { Code, Root as MdastRoot } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parseCodeMeta } from '~/lib/code-meta';
import { parseLineRanges } from '~/lib/line-ranges';
import { listHtml, parseDist, urlOf } from '../support/dist';
import { attr, builtPage, contentPages, select, selectAll, textOf, walkElements } from './helpers';

/** Languages whose blocks must come from a checked sample file. */
const PROGRAMMING = new Set(['ts', 'tsx', 'js', 'jsx', 'python', 'go']);
/** The only languages a block may have without `data-snippet` (shell commands, .env lines, plain text, diffs). */
const FENCE_ONLY = new Set(['sh', 'bash', 'shellscript', 'dotenv', 'text', 'diff']);

const pages = listHtml().map((file) => ({ file, url: urlOf(file), tree: parseDist(file) }));
const frames = pages.flatMap((p) => selectAll('figure.code-frame', p.tree).map((figure) => ({ page: p.url, figure })));

function describeFrame(f: { page: string; figure: Element }): string {
  return `${f.page} ${attr(f.figure, 'dataSnippet') ?? `[${attr(f.figure, 'dataLang')} fence]`} "${textOf(select('.code-frame__title', f.figure) ?? f.figure).slice(0, 40)}"`;
}

test('the site has code frames, from samples and from fences', () => {
  expect(frames.length).toBeGreaterThan(10);
  expect(frames.some((f) => attr(f.figure, 'dataSnippet'))).toBe(true);
});

test('no <pre> exists outside a code frame, and each frame has exactly one <pre>', () => {
  const loose: string[] = [];
  for (const p of pages) {
    walkElements(p.tree, (node, ancestors) => {
      if (node.tagName !== 'pre') return;
      const inFrame = ancestors.some((a) => a.tagName === 'figure' && (attr(a, 'className') ?? '').split(' ').includes('code-frame'));
      if (!inFrame) loose.push(`${p.url}: <pre> ${textOf(node).slice(0, 60)}`);
    });
  }
  expect(loose).toEqual([]);
  const bad = frames.filter((f) => selectAll('pre', f.figure).length !== 1).map(describeFrame);
  expect(bad, 'frames without exactly one <pre>').toEqual([]);
});

test('every frame in a programming language names its sample file, and the file exists', () => {
  const problems: string[] = [];
  for (const f of frames) {
    const lang = attr(f.figure, 'dataLang') ?? '';
    const snippet = attr(f.figure, 'dataSnippet');
    if (!lang) problems.push(`${describeFrame(f)}: no data-lang`);
    if (!snippet) {
      if (PROGRAMMING.has(lang)) problems.push(`${describeFrame(f)}: ${lang} block without data-snippet (not from a checked sample)`);
      else if (!FENCE_ONLY.has(lang)) problems.push(`${describeFrame(f)}: ${lang} block without data-snippet (only ${[...FENCE_ONLY].join('/')} may be fences)`);
      continue;
    }
    const diff = select('pre.has-diff', f.figure);
    const files = snippet.split(' → ');
    if (diff && files.length !== 2) problems.push(`${describeFrame(f)}: a diff must name "before → after"`);
    if (!diff && files.length !== 1) problems.push(`${describeFrame(f)}: "→" in data-snippet of a frame that is not a diff`);
    for (const file of files) if (!existsSync(path.join('snippets', file))) problems.push(`${describeFrame(f)}: snippets/${file} does not exist`);
  }
  expect(problems).toEqual([]);
});

test('every frame has a Copy button with an accessible name, and a focusable <pre>', () => {
  const problems: string[] = [];
  for (const f of frames) {
    const buttons = selectAll('button', f.figure);
    const copy = buttons.find((b) => (attr(b, 'className') ?? '').split(' ').includes('copy-button'));
    if (!copy) problems.push(`${describeFrame(f)}: no .copy-button`);
    else {
      const name = (attr(copy, 'ariaLabel') ?? textOf(copy)).trim();
      if (!/copy/i.test(name)) problems.push(`${describeFrame(f)}: Copy button's accessible name is "${name}"`);
      if (attr(copy, 'type') !== 'button') problems.push(`${describeFrame(f)}: Copy button is not type="button"`);
    }
    const pre = select('pre', f.figure);
    if (pre && attr(pre, 'tabIndex') !== '0') problems.push(`${describeFrame(f)}: <pre> has tabindex="${attr(pre, 'tabIndex') ?? ''}", expected "0"`);
  }
  expect(problems).toEqual([]);
});

/** A code block as the MDX source asks for it, in document order. */
interface ExpectedBlock {
  source: string;
  snippet?: string;
  lang?: string;
  highlight: number[];
}

/** The part of an MDX JSX element (remark-mdx) this test reads. */
interface MdxJsxElement {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

function jsxAttr(node: MdxJsxElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return found && typeof found.value === 'string' ? found.value : undefined;
}

function expectedBlocks(mdx: string, file: string): ExpectedBlock[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx).parse(mdx) as MdastRoot;
  const out: ExpectedBlock[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'code') {
      const code = node as Code;
      const meta = parseCodeMeta(code.meta);
      out.push({ source: `${file}:${line}`, lang: meta.lang ?? code.lang ?? 'text', highlight: meta.highlight });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const el = node as unknown as MdxJsxElement;
      if (el.name === 'Snippet') {
        const highlight = jsxAttr(el, 'highlight');
        out.push({ source: `${file}:${line}`, snippet: jsxAttr(el, 'file') ?? '?', highlight: highlight ? parseLineRanges(highlight) : [] });
      } else if (el.name === 'SnippetDiff') {
        out.push({ source: `${file}:${line}`, snippet: `${jsxAttr(el, 'before')} → ${jsxAttr(el, 'after')}`, highlight: [] });
      } else if (el.name === 'Playground') {
        // A playground first renders its sample as a static code frame (the editor replaces it).
        out.push({ source: `${file}:${line}`, snippet: jsxAttr(el, 'file') ?? '?', highlight: [] });
      }
    }
  });
  return out;
}

/** 1-based numbers of a frame's `.line.highlighted` lines. */
function highlightedLines(figure: Element): number[] {
  const lines = selectAll('pre .line', figure);
  return lines.flatMap((l, i) => ((attr(l, 'className') ?? '').split(' ').includes('highlighted') ? [i + 1] : []));
}

describe('each page renders the code blocks its MDX asks for, in order, with the requested highlights (C6)', () => {
  const sources = contentPages();

  test('the MDX has highlighted snippets to check', () => {
    const highlighted = sources.flatMap((c) => expectedBlocks(c.body, path.relative('.', c.file))).filter((b) => b.highlight.length > 0);
    expect(highlighted.length).toBeGreaterThan(0);
  });

  test.each(sources.map((c) => [c.route, c] as const))('%s', (route, entry) => {
    const expected = expectedBlocks(entry.body, path.relative('.', entry.file));
    const actual = selectAll('main figure.code-frame', builtPage(route).tree);
    expect(actual.map((f) => attr(f, 'dataSnippet') ?? `[${attr(f, 'dataLang')}]`), 'frames on the page vs blocks in the MDX').toEqual(
      expected.map((b) => b.snippet ?? `[${b.lang}]`),
    );
    const problems: string[] = [];
    expected.forEach((block, i) => {
      const figure = actual[i] as Element;
      const got = highlightedLines(figure);
      if (got.join(',') !== block.highlight.join(',')) problems.push(`${block.source}: highlighted lines ${got.join(',') || 'none'}, expected ${block.highlight.join(',') || 'none'}`);
      const pre = select('pre', figure);
      const hasClass = (attr(pre ?? figure, 'className') ?? '').split(' ').includes('has-highlighted');
      if (hasClass !== block.highlight.length > 0) problems.push(`${block.source}: <pre> has-highlighted is ${hasClass}`);
    });
    expect(problems).toEqual([]);
  });
});

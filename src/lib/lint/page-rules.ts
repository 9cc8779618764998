import type { Root, Table, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { PLAYGROUND_ENVS } from '../../playground/env';
import { parseLineRanges } from '../line-ranges';
import { MissingRegionError } from '../regions';
import { loadSnippet, UnknownSnippetError } from '../snippets';
import { at, type LintProblem } from './problem';

/** Fence languages allowed inline in MDX: shell commands and `.env` lines. Code is a `<Snippet>`. */
export const FENCE_LANGUAGES = new Set(['sh', 'bash', 'shell', 'shellscript', 'console', 'dotenv', 'env', 'text', 'txt']);

/** Components that take sample paths, and which attributes hold them. */
const SAMPLE_ATTRIBUTES: Record<string, string[]> = { Snippet: ['file'], SnippetDiff: ['before', 'after'], Playground: ['file'] };

/** Components whose Markdown children must be set off by blank lines (they render the same either way only then). */
const BLOCK_COMPONENTS = new Set(['Aside', 'Tabs', 'TabItem']);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Per-page checks over the MDX tree. `source` is the raw file (for rules that need the exact text). */
export function checkPage(file: string, tree: Root, source: string, snippetsRoot: string): LintProblem[] {
  const problems: LintProblem[] = [];
  const lines = source.split('\n');

  visit(tree, (node) => {
    if (node.type === 'code') {
      const lang = node.lang ?? 'text';
      if (!FENCE_LANGUAGES.has(lang)) {
        problems.push(at(file, node, `Code fence in "${lang}": samples must be files under snippets/ shown with <Snippet file="…" />, so they are type-checked. Fences are only for shell commands and .env lines (sh, dotenv).`));
      }
    }
    if (node.type === 'table') problems.push(...checkTable(file, node));
    if (node.type === 'text') problems.push(...checkRawAngle(file, node, lines));
    if (node.type === 'inlineCode' && /\\[{}]/.test(node.value)) {
      problems.push(at(file, node, `Inline code \`${node.value}\` shows a backslash: braces inside backticks need no escape in MDX.`));
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      problems.push(...checkSamples(file, node, snippetsRoot));
      if (node.type === 'mdxJsxFlowElement') problems.push(...checkBlankLines(file, node, lines));
    }
  });
  return problems;
}

function checkTable(file: string, table: Table): LintProblem[] {
  const width = table.children[0]?.children.length ?? 0;
  return table.children
    .filter((row) => row.children.length > width)
    .map((row) => at(file, row, `Table row has ${row.children.length} cells but the header has ${width}: a \`|\` inside a cell (even in inline code) must be written \`\\|\`.`));
}

/** A literal `<` typed in prose renders today but breaks as soon as a letter follows it. */
function checkRawAngle(file: string, node: Text, lines: string[]): LintProblem[] {
  if (!node.value.includes('<') || !node.position) return [];
  const { start, end } = node.position;
  for (let line = start.line; line <= end.line; line++) {
    const text = lines[line - 1] ?? '';
    const from = line === start.line ? start.column - 1 : 0;
    const to = line === end.line ? end.column - 1 : text.length;
    const column = text.slice(from, to).indexOf('<');
    if (column !== -1) {
      return [{ file, line, column: from + column + 1, message: 'Raw `<` in prose: write `&lt;` (MDX reads `<` followed by a letter as a JSX tag).' }];
    }
  }
  return [];
}

function checkSamples(file: string, node: JsxElement, snippetsRoot: string): LintProblem[] {
  const names = SAMPLE_ATTRIBUTES[node.name ?? ''];
  if (!names) return [];
  const problems: LintProblem[] = [];
  const attr = (name: string): MdxJsxAttribute | undefined =>
    node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  const region = attr('region')?.value;
  const highlight = attr('highlight')?.value;
  const env = attr('env')?.value;
  if (node.name === 'Playground' && env !== undefined && (typeof env !== 'string' || !Object.hasOwn(PLAYGROUND_ENVS, env))) {
    problems.push(at(file, node, `<Playground env>: expected one of ${Object.keys(PLAYGROUND_ENVS).join(', ')} (process.env in the sandbox), got ${typeof env === 'string' ? `"${env}"` : 'an expression'}.`));
  }
  if (typeof highlight === 'string') {
    try {
      parseLineRanges(highlight);
    } catch (error) {
      problems.push(at(file, node, `<${node.name} highlight>: ${(error as Error).message}`));
    }
  }
  for (const name of names) {
    const value = attr(name)?.value;
    if (typeof value !== 'string') {
      problems.push(at(file, node, `<${node.name}> needs ${name}="<path under snippets/>" as a plain string.`));
      continue;
    }
    try {
      loadSnippet(value, typeof region === 'string' ? region : undefined, snippetsRoot);
    } catch (error) {
      if (error instanceof UnknownSnippetError || error instanceof MissingRegionError) {
        problems.push(at(file, node, `<${node.name} ${name}="${value}">: ${error.message}`));
      } else throw error;
    }
  }
  return problems;
}

function checkBlankLines(file: string, node: MdxJsxFlowElement, lines: string[]): LintProblem[] {
  if (!BLOCK_COMPONENTS.has(node.name ?? '') || !node.position || !node.children.length) return [];
  const first = node.children[0]?.position?.start.line;
  const last = node.children.at(-1)?.position?.end.line;
  const { start, end } = node.position;
  if (start.line === end.line || first === undefined || last === undefined) return [];
  const blankAfterOpen = first > start.line && !lines[first - 2]?.trim();
  const blankBeforeClose = last < end.line && !lines[last]?.trim();
  if (blankAfterOpen && blankBeforeClose) return [];
  return [at(file, node, `<${node.name}> with Markdown inside needs a blank line after the opening tag and before the closing tag.`)];
}

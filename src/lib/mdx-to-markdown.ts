import type { BlockContent, Code, DefinitionContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { diffSamples } from './line-diff';
import { parseMdx } from './lint/parse-mdx';
import { loadSnippet } from './snippets';

const stringifier = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', fences: true });

/**
 * Turns an MDX page into plain Markdown for AI tools (llms.txt): imports and frontmatter go,
 * `<Snippet>` becomes the sample's code, `<SnippetDiff>` a diff, `<Aside>` a blockquote.
 */
export function mdxToMarkdown(file: string, source: string, snippetsRoot?: string): string {
  const parsed = parseMdx(file, source);
  if (!parsed.tree) throw new Error(`${parsed.problem.file}:${parsed.problem.line} ${parsed.problem.message}`);
  const root: Root = { type: 'root', children: convert(parsed.tree.children, snippetsRoot) };
  return String(stringifier.stringify(root)).trim();
}

function convert(nodes: RootContent[], snippetsRoot: string | undefined): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'yaml' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return [];
    if (node.type === 'mdxJsxFlowElement') return jsxBlock(node, snippetsRoot);
    if (node.type === 'mdxJsxTextElement') return convert(node.children as RootContent[], snippetsRoot);
    if ('children' in node) return [{ ...node, children: convert(node.children as RootContent[], snippetsRoot) } as RootContent];
    return [node];
  });
}

function jsxBlock(node: MdxJsxFlowElement, snippetsRoot: string | undefined): RootContent[] {
  const attr = (name: string): string | undefined => {
    const value = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
    return typeof value === 'string' ? value : undefined;
  };
  const region = attr('region');
  if (node.name === 'Snippet' || node.name === 'Playground') {
    const snippet = loadSnippet(attr('file') ?? '', region, snippetsRoot);
    const code: Code = { type: 'code', lang: snippet.lang, meta: attr('title') ? `title="${attr('title')}"` : null, value: snippet.code };
    return [code];
  }
  if (node.name === 'SnippetDiff') {
    const before = loadSnippet(attr('before') ?? '', region, snippetsRoot);
    const after = loadSnippet(attr('after') ?? '', region, snippetsRoot);
    const value = diffSamples(before.code, after.code)
      .map((l) => `${l.kind === 'add' ? '+' : l.kind === 'remove' ? '-' : ' '} ${l.text}`)
      .join('\n');
    return [{ type: 'code', lang: 'diff', meta: null, value }];
  }
  const children = convert(node.children as RootContent[], snippetsRoot) as (BlockContent | DefinitionContent)[];
  if (node.name === 'Aside') {
    const label = `${(attr('type') ?? 'note').replace(/^./, (c) => c.toUpperCase())}${attr('title') ? `: ${attr('title')}` : ''}`;
    return [{ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }] }, ...children] }];
  }
  return children;
}

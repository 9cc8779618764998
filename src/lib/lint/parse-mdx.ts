import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { LintProblem } from './problem';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Hints for the MDX syntax errors authors hit most, keyed by a fragment of the parser's reason. */
const HINTS: [RegExp, string][] = [
  [/before name/, 'A raw `<` starts a JSX tag in MDX: write `&lt;` in prose, or put code in backticks.'],
  [/Expected a closing tag/, 'Text like `<your-client-id>` is read as a JSX tag: write `&lt;your-client-id&gt;` or use backticks.'],
  [/Could not parse expression/, 'A raw `{` starts a JS expression in MDX: write `\\{` in prose, or put code in backticks.'],
];

/** The parse of one MDX file: its tree, or the syntax error as a lint problem. */
export type ParsedMdx = { tree: Root; problem?: undefined } | { tree?: undefined; problem: LintProblem };

/** Parses MDX the way @astrojs/mdx does (GFM, frontmatter), turning a syntax error into a problem. */
export function parseMdx(file: string, source: string): ParsedMdx {
  try {
    return { tree: parser.parse(source) };
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = e.reason ?? e.message ?? String(error);
    const hint = HINTS.find(([pattern]) => pattern.test(reason))?.[1];
    return {
      problem: { file, line: e.line ?? 1, column: e.column ?? 1, message: `MDX syntax error: ${reason}${hint ? ` Hint: ${hint}` : ''}` },
    };
  }
}

import type { Root } from 'mdast';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { ZodType } from 'astro/zod';
import type { LintProblem } from './problem';

/**
 * Validates a page's YAML frontmatter against the docs schema, pointing at the offending line:
 * a YAML syntax error (`title: 'PKCE's flow'`), a field of the wrong type, an unknown field.
 * Returns the parsed data when valid.
 */
export function checkFrontmatter(file: string, tree: Root, schema: ZodType): { data?: unknown; problems: LintProblem[] } {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return { problems: [{ file, line: 1, column: 1, message: 'Missing frontmatter: expected a `---` block with at least `title` and `description`.' }] };
  const offset = (node.position?.start.line ?? 1) + 1; // line of the first YAML line
  const counter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((err) => {
        const pos = counter.linePos(err.pos[0]);
        return { file, line: offset + pos.line - 1, column: pos.col, message: `Invalid YAML frontmatter: ${err.message.split('\n')[0]}. Quote values containing \`'\` with double quotes.` };
      }),
    };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const unknownKey = issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys?.[0] : undefined;
      const path = [...issue.path.map(String), ...(unknownKey ? [unknownKey] : [])];
      const target = path.length ? doc.getIn(path, true) : undefined;
      const range = isNode(target) ? target.range : undefined;
      const pos = range ? counter.linePos(range[0]) : { line: 0, col: 1 };
      const field = path.join('.') || '(frontmatter)';
      return { file, line: offset + pos.line - 1, column: pos.col, message: `Frontmatter field "${field}": ${issue.message}.` };
    }),
  };
}

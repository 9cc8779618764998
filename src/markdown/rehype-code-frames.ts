import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseCodeMeta } from '../lib/code-meta';
import { renderCodeBlock } from './shiki';

/**
 * Renders Markdown code fences (```` ```sh title=".env.local" {2} ````) through the same Shiki
 * frame as `<Snippet>`. Fences are only for shell commands and `.env` lines; content lint
 * rejects fences in a programming language before this runs.
 */
export function rehypeCodeFrames() {
  return async (tree: Root): Promise<void> => {
    const jobs: Promise<void>[] = [];
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      if (!code) return;
      const classes = (code.properties.className as string[] | undefined) ?? [];
      const lang = classes.find((c) => c.startsWith('language-'))?.slice('language-'.length) ?? 'text';
      const raw = (code.data as { meta?: string } | undefined)?.meta ?? code.properties.metastring;
      const meta = parseCodeMeta(typeof raw === 'string' ? raw : undefined);
      jobs.push(
        renderCodeBlock({ code: toString(code).replace(/\n$/, ''), lang: meta.lang ?? lang, title: meta.title, highlight: meta.highlight }).then(
          (figure) => {
            parent.children[index] = figure;
          },
        ),
      );
    });
    await Promise.all(jobs);
  };
}

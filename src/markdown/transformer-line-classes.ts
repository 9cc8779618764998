import type { ShikiTransformer } from 'shiki';

/** Per-line marks for a code block: highlighted lines and diff sides. */
export interface LineMarks {
  /** 1-based lines to highlight. */
  highlight?: readonly number[];
  /** One entry per line for a before/after view. */
  diff?: readonly ('add' | 'remove' | 'same')[];
}

/**
 * Adds `highlighted`, `diff add` and `diff remove` classes to lines, and `has-highlighted` /
 * `has-diff` to the `<pre>`, so CSS can dim the rest and mark the sides.
 */
export function transformerLineClasses(marks: LineMarks): ShikiTransformer {
  const highlight = new Set(marks.highlight ?? []);
  return {
    name: 'quickref:line-classes',
    pre(node) {
      if (highlight.size) this.addClassToHast(node, 'has-highlighted');
      if (marks.diff?.some((k) => k !== 'same')) this.addClassToHast(node, 'has-diff');
    },
    line(node, line) {
      if (highlight.has(line)) this.addClassToHast(node, 'highlighted');
      const kind = marks.diff?.[line - 1];
      if (kind === 'add' || kind === 'remove') {
        this.addClassToHast(node, ['diff', kind]);
        node.properties['data-diff'] = kind === 'add' ? '+' : '-';
      }
    },
  };
}

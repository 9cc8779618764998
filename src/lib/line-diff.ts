import { diffLines } from 'diff';

/** One line of a before/after view. */
export interface DiffLine {
  kind: 'add' | 'remove' | 'same';
  text: string;
}

/**
 * A line diff of two versions of a sample, for a before/after view.
 * @example diffSamples('a\nb', 'a\nc') // same a, remove b, add c
 */
export function diffSamples(before: string, after: string): DiffLine[] {
  const out: DiffLine[] = [];
  for (const change of diffLines(withNewline(before), withNewline(after))) {
    const kind = change.added ? 'add' : change.removed ? 'remove' : 'same';
    for (const text of change.value.replace(/\n$/, '').split('\n')) out.push({ kind, text });
  }
  return out;
}

/** The code a reader should copy from a diff view: the "after" side only. */
export function afterSide(lines: DiffLine[]): string {
  return lines.filter((l) => l.kind !== 'remove').map((l) => l.text).join('\n');
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

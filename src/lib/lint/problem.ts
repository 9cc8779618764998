/** One thing wrong with a content file, located precisely enough to jump to. */
export interface LintProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** What was found and what was expected. */
  message: string;
}

/** `content/docs/x.mdx:12:3 message`, one problem per line, as editors and CI logs link them. */
export function formatProblems(problems: LintProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n');
}

/** A position from a unist node, defaulting to the top of the file. */
export function at(file: string, node: { position?: { start: { line: number; column: number } } | undefined } | undefined, message: string): LintProblem {
  return { file, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1, message };
}

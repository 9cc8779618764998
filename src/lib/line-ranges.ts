/**
 * Parses a line-range list such as `3-5,7` (the `{3-5}` of a code fence or the `highlight`
 * prop of `<Snippet>`) into a sorted list of 1-based line numbers.
 * @throws {Error} with the offending text when a part is not `N` or `N-M` with N ≤ M.
 * @example parseLineRanges('3-5, 7') // [3, 4, 5, 7]
 */
export function parseLineRanges(spec: string): number[] {
  const lines = new Set<number>();
  for (const raw of spec.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const match = /^(\d+)(?:-(\d+))?$/.exec(part);
    const from = Number(match?.[1]);
    const to = Number(match?.[2] ?? match?.[1]);
    if (!match || from < 1 || to < from) {
      throw new Error(`Invalid line range "${part}" in "${spec}": expected N or N-M with 1 ≤ N ≤ M, e.g. "3-5,7".`);
    }
    for (let n = from; n <= to; n++) lines.add(n);
  }
  return [...lines].sort((a, b) => a - b);
}

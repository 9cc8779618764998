/**
 * Region markers let a page show part of a sample file while the whole file is type-checked.
 * A marker is a whole line: `// #region name` … `// #endregion name` (`#` comments in Python).
 * Marker lines are never shown, whether or not they belong to the requested region.
 */

const MARKER = /^\s*(?:\/\/|#)\s*#(region|endregion)\b\s*([\w-]*)\s*$/;

/** A region (or the whole file) cut out of a sample, ready to render. */
export interface ExtractedRegion {
  /** The lines shown, marker lines removed and common indentation stripped. */
  code: string;
  /** 1-based line in the file of the first line shown (for error messages). */
  startLine: number;
}

/** Thrown when a requested region is not in the file. Carries the regions that are. */
export class MissingRegionError extends Error {
  constructor(
    readonly region: string,
    readonly known: string[],
  ) {
    super(
      `Region "${region}" not found. Known regions: ${known.length ? known.join(', ') : '(none)'}. ` +
        `Mark it with "// #region ${region}" and "// #endregion ${region}".`,
    );
    this.name = 'MissingRegionError';
  }
}

/** Names of every region declared in `source`, in order. */
export function listRegions(source: string): string[] {
  const names: string[] = [];
  for (const line of source.split('\n')) {
    const match = MARKER.exec(line);
    if (match?.[1] === 'region' && match[2]) names.push(match[2]);
  }
  return names;
}

/** True when the line is a region marker (and so never shown). */
export function isMarkerLine(line: string): boolean {
  return MARKER.test(line);
}

/**
 * Cuts `region` out of `source`, or returns the whole file without marker lines.
 * @example extractRegion('// #region a\nx()\n// #endregion a\n', 'a') // { code: 'x()', startLine: 2 }
 */
export function extractRegion(source: string, region?: string): ExtractedRegion {
  const lines = source.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  let start = 0;
  let end = lines.length;
  if (region) {
    const open = lines.findIndex((l) => MARKER.exec(l)?.[1] === 'region' && MARKER.exec(l)?.[2] === region);
    if (open === -1) throw new MissingRegionError(region, listRegions(source));
    const close = lines.findIndex(
      (l, i) => i > open && MARKER.exec(l)?.[1] === 'endregion' && [region, ''].includes(MARKER.exec(l)?.[2] ?? ''),
    );
    if (close === -1) throw new MissingRegionError(region, listRegions(source));
    start = open + 1;
    end = close;
  }
  const shown: string[] = [];
  let firstShown = -1;
  for (let i = start; i < end; i++) {
    const line = lines[i] ?? '';
    if (isMarkerLine(line)) continue;
    if (firstShown === -1) firstShown = i;
    shown.push(line);
  }
  return { code: dedent(trimBlankEdges(shown)).join('\n'), startLine: firstShown + 1 };
}

function trimBlankEdges(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a]?.trim()) a++;
  while (b > a && !lines[b - 1]?.trim()) b--;
  return lines.slice(a, b);
}

/** Removes the indentation common to every non-blank line. */
export function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut));
}

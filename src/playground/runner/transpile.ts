import { transform } from 'sucrase';
import type { RunModule } from './protocol';

/**
 * TypeScript → JavaScript for the sandbox, with sucrase: it strips types without type-checking
 * (the site's build checks every sample), in well under a millisecond, and keeps line numbers
 * so errors point at the line the reader sees. Relative imports between the sample's files
 * (`./format`) are rewritten to bare specifiers the sandbox's import map resolves.
 */

/** Prefix of the bare specifiers the sample's own files are mapped under. */
export const LOCAL_PREFIX = '@playground/';

/** A file of a playground. */
export interface SourceFile {
  /** Name as shown in the tabs, e.g. `pkce.ts`. */
  file: string;
  code: string;
}

/** A problem found before running, with where it is. */
export class TranspileError extends Error {
  constructor(
    message: string,
    readonly location: string,
  ) {
    super(message);
    this.name = 'SyntaxError';
  }
}

/** The specifier a file is mapped under. @example specifierOf('pkce.ts') // '@playground/pkce.ts' */
export function specifierOf(file: string): string {
  return LOCAL_PREFIX + file.replace(/^\.?\//, '');
}

/**
 * Transpiles every file; throws `TranspileError` (with `file:line:column`) for a syntax error
 * or an import of a file that is not part of the playground.
 */
export function transpileFiles(files: readonly SourceFile[]): RunModule[] {
  const names = new Set(files.map((f) => f.file));
  return files.map(({ file, code }) => {
    let js: string;
    try {
      js = transform(code, { transforms: ['typescript'], disableESTransforms: true, filePath: file }).code;
    } catch (error) {
      throw syntaxError(error, file);
    }
    return { file, specifier: specifierOf(file), code: rewriteLocalImports(js, file, names) };
  });
}

/** Static `import`/`export … from` and dynamic `import()` of a relative path. */
const RELATIVE_IMPORT = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"\n]+)\2/g;

/**
 * Rewrites `'./format'` to `'@playground/format.ts'`, trying the extensions a TypeScript
 * project resolves (`.ts`, `.tsx`, `/index.ts`).
 */
export function rewriteLocalImports(js: string, file: string, names: ReadonlySet<string>): string {
  return js.split('\n').map((line, index) =>
    line.replace(RELATIVE_IMPORT, (_match, head: string, quote: string, path: string) => {
      const target = resolveLocal(path, file, names);
      if (!target) throw new TranspileError(`Cannot find module '${path}': the playground has only ${[...names].join(', ')}.`, `${file}:${index + 1}`);
      return `${head}${quote}${specifierOf(target)}${quote}`;
    }),
  ).join('\n');
}

function resolveLocal(path: string, from: string, names: ReadonlySet<string>): string | undefined {
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of (dir + path).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  const base = parts.join('/').replace(/\.js$/, '');
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((candidate) => names.has(candidate));
}

function syntaxError(error: unknown, file: string): TranspileError {
  const message = error instanceof Error ? error.message : String(error);
  const loc = (error as { loc?: { line?: unknown; column?: unknown } }).loc;
  const location = typeof loc?.line === 'number' && typeof loc.column === 'number' ? `${file}:${loc.line}:${loc.column}` : file;
  // sucrase says "Error transforming x.ts: Unexpected token (2:11)"; the location is shown apart.
  return new TranspileError(message.replace(/^Error transforming [^:]+:\s*/, '').replace(/\s*\(\d+:\d+\)\s*$/, ''), location);
}

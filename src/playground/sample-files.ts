import path from 'node:path';
import { loadSnippet } from '../lib/snippets';
import type { SourceFile } from './runner/transpile';

/**
 * The files of a playground, read at build time: the sample named in MDX, then every file it
 * imports with a relative path (`./format`), recursively, named relative to the sample's
 * folder. Build-time only (reads snippets/ from disk).
 * @throws {UnknownSnippetError} naming the missing file, like `<Snippet>`
 */
export function loadPlaygroundFiles(sample: string): SourceFile[] {
  const dir = path.posix.dirname(sample);
  const out: SourceFile[] = [];
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const { code } = loadSnippet(file);
    out.push({ file: path.posix.relative(dir, file), code });
    for (const match of code.matchAll(/\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1] ?? ''));
      visit(/\.tsx?$/.test(target) ? target : `${target}.ts`);
    }
  };
  visit(sample);
  return out;
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { docsSchema } from '../frontmatter-schema';
import { checkFrontmatter } from './frontmatter';
import { checkLinks, collectLinks, type PageLinks } from './links';
import { checkPage } from './page-rules';
import { parseMdx } from './parse-mdx';
import type { LintProblem } from './problem';

export { formatProblems, type LintProblem } from './problem';

/** Where content lives and what else exists, for `lintContent`. */
export interface LintOptions {
  /** Project root. @default process.cwd() */
  root?: string;
  /** Folder of MDX pages, relative to root. @default 'content/docs' */
  contentDir?: string;
  /** Folder of samples, relative to root. @default 'snippets' */
  snippetsDir?: string;
  /** Routes that exist without an MDX page (redirects, endpoints). */
  extraRoutes?: string[];
}

/** The route of a content file: `index.mdx` → `''`, `v8/node-sdk.mdx` → `v8/node-sdk`. */
export function routeOfFile(relative: string): string {
  const noExt = relative.split(path.sep).join('/').replace(/\.mdx$/, '');
  return noExt === 'index' ? '' : noExt.replace(/\/index$/, '');
}

/**
 * Lints every MDX page: syntax, frontmatter, samples, fences, tables, blank lines around
 * components, internal links and anchors. Returns every problem, sorted by file and line.
 */
export function lintContent(options: LintOptions = {}): LintProblem[] {
  const root = options.root ?? process.cwd();
  const contentDir = path.join(root, options.contentDir ?? 'content/docs');
  const snippetsRoot = path.join(root, options.snippetsDir ?? 'snippets');
  const problems: LintProblem[] = [];
  const pages: PageLinks[] = [];
  for (const relative of listMdx(contentDir)) {
    const file = path.relative(root, path.join(contentDir, relative)).split(path.sep).join('/');
    const source = readFileSync(path.join(contentDir, relative), 'utf8');
    const parsed = parseMdx(file, source);
    if (!parsed.tree) {
      problems.push(parsed.problem);
      continue;
    }
    problems.push(...checkFrontmatter(file, parsed.tree, docsSchema).problems);
    problems.push(...checkPage(file, parsed.tree, source, snippetsRoot));
    pages.push(collectLinks(file, routeOfFile(relative), parsed.tree));
  }
  problems.push(...checkLinks(pages, options.extraRoutes ?? []));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

function listMdx(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) return listMdx(dir, relative);
    return entry.name.endsWith('.mdx') ? [relative] : [];
  });
}

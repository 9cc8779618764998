import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { prepareForIndex, routeOfHtmlFile } from '../lib/search/index-html';
import { pageWeight } from '../lib/search/page-weights';
import { pageUrl, type UrlStyle } from '../lib/urls';

/**
 * Parts of `<main>` that are chrome, not content: the language label and Copy button of code
 * frames (they would glue onto the code as "TypeScriptCopyimport") and the diff label.
 */
export const EXCLUDE_SELECTORS = ['.code-frame__lang', '.code-frame__label', '.copy-button'];

/**
 * Builds the Pagefind index over the built site in `astro:build:done`, with Pagefind's Node
 * API. Only `<main data-pagefind-body>` of real pages is indexed; chrome is ignored. Each page
 * is indexed under its canonical URL (base and trailing-slash style included), so a result
 * never hops through a redirect, and with its SDK filter and section map (see
 * `src/lib/search/index-html.ts`). The service is always closed, even when indexing fails.
 * Defines `__SEARCH_INDEX__` for the search dialog: true in `astro build` only.
 */
export function pagefind(): AstroIntegration {
  let style: UrlStyle = { base: '/', trailingSlash: 'always' };
  return {
    name: 'quickref:pagefind',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // Only `astro build` writes an index. The search dialog asks this flag, not
        // import.meta.env.DEV, so a build made with NODE_ENV=development still searches (C24).
        updateConfig({ vite: { define: { __SEARCH_INDEX__: JSON.stringify(command === 'build') } } });
      },
      'astro:config:done': ({ config }) => {
        style = { base: config.base, trailingSlash: config.trailingSlash };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          let pages = 0;
          for (const file of await htmlFiles(outDir)) {
            const route = routeOfHtmlFile(file);
            const page = prepareForIndex(await readFile(path.join(outDir, file), 'utf8'), { weight: pageWeight(route) });
            if (!page) continue;
            const url = pageUrl(route, style);
            const added = await index.addHTMLFile({ url, content: page.html });
            if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            pages += 1;
          }
          if (pages === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body on <main>?');
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}

/** Every HTML file under the output folder, relative, skipping Pagefind's and Astro's assets. */
async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => !/^(pagefind|_astro)\//.test(f))
    .sort();
}

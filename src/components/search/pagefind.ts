/**
 * Loads `pagefind.js` from the built site's own `pagefind/` folder (never from another host).
 */
import type { PagefindApi } from '~/lib/search/engine';

/** The part of `pagefind.js` the search dialog calls. */
export interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** A `null` term searches by filters alone: every page in the scope. */
  search(term: string | null, options?: { filters?: Record<string, string> }): ReturnType<PagefindApi['search']>;
}

/** Warm-up loads every page's data only on sites this small (a few KB each). */
const WARM_PAGES = 20;

/** Words of context around a match in a result's excerpt. */
const EXCERPT_WORDS = 22;

/**
 * Imports and initialises Pagefind. The index stores every page under its full URL (base
 * included, see src/integrations/pagefind.ts), so results must not get a second base: `baseUrl`
 * is `/`. No web worker: this index is small enough that searching on the main thread takes a
 * few milliseconds, and starting a worker (plus its 12 KB script and a second copy of the WASM)
 * costs more than it saves before the first results.
 * @example const pagefind = await loadPagefind('/docs/');
 */
export async function loadPagefind(base: string): Promise<PagefindModule> {
  const url = `${base}pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
  await pagefind.options({ baseUrl: '/', excerptLength: EXCERPT_WORDS, noWorker: true });
  await pagefind.init();
  return pagefind;
}

/**
 * Fetches, while the reader is still typing the first word, what every first search needs: the
 * WASM and the index metadata, then (on a site this small) the data of every page in the
 * default scope. The index chunks are left to the first search, which knows which one it
 * needs. Pagefind caches each load, so a search started meanwhile waits for the same requests
 * instead of repeating them.
 */
export async function warmUp(pagefind: PagefindModule, filters: Record<string, string>): Promise<void> {
  await pagefind.search('');
  const inScope = await pagefind.search(null, { filters });
  await Promise.all((inScope?.results ?? []).slice(0, WARM_PAGES).map((r) => r.data()));
}

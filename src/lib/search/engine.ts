/**
 * One search, from what the reader typed to ranked sections: parse the query, ask Pagefind
 * within the chosen scope, load the matched pages' data and rank their sections. Takes the
 * Pagefind module as an argument, so it runs the same in the browser, in the benchmark and in
 * unit tests with a fake.
 */
import { parseQuery, type SearchQuery } from './query';
import { rankSections, type PageData, type SectionHit } from './rank';

/** The part of `pagefind.js`'s API that search uses. */
export interface PagefindApi {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** One page result of `pagefind.search()`. */
export interface PagefindResult {
  id: string;
  data(): Promise<PageData>;
}

/** Where to search. */
export interface SearchScope {
  /** Only this edition (`v8`); undefined searches all editions and edition-less pages. */
  edition?: string | undefined;
  /** Only sections of this SDK (a facet value, see sdks.ts); undefined searches every SDK. */
  sdk?: string | undefined;
  /** The edition being read: its sections rank first when searching all editions. */
  current?: string | undefined;
}

/** What one search found. */
export interface SearchOutcome {
  /** The query the hits answer: the reader's, less the words in `dropped`. */
  query: SearchQuery;
  hits: SectionHit[];
  /** Words of the query that no hit matched (the hits match the other words). */
  dropped: string[];
}

/** Pages whose sections are ranked; Pagefind's own page order decides which ones. */
const MAX_PAGES = 12;
/** Shortest prefix the fallback tries while a reader is part-way through a long word. */
const MIN_PREFIX = 4;

/**
 * Runs one search.
 * @example const { hits } = await runSearch(pagefind, 'PKCE', { edition: 'v8' });
 */
export async function runSearch(pagefind: PagefindApi, input: string, scope: SearchScope = {}): Promise<SearchOutcome> {
  const query = parseQuery(input);
  if (!query.text) return { query, hits: [], dropped: [] };
  const filters: Record<string, string> = {};
  if (scope.edition) filters.edition = scope.edition;
  if (scope.sdk) filters.sdk = scope.sdk;
  const find = async (text: string) => (await pagefind.search(text, { filters }))?.results ?? [];
  let results = await find(query.text);
  // Part-way through a long word the stemmed index may miss it (`authenticatio`): try the word
  // a little shorter so the list does not go empty while the reader types.
  for (const shorter of results.length || query.quoted ? [] : shorterForms(query.text)) {
    results = await find(shorter);
    if (results.length) break;
  }
  const ranked = await rank(results, query, scope);
  // Pagefind answers a word it does not know with near neighbours (`affiliated` finds `a`);
  // ranking gives those no credit. Search again without such words, so the excerpts
  // highlight what matched, and say which words found nothing.
  const found = new Set(ranked.flatMap((h) => h.terms));
  const dropped = ranked.length ? query.words.filter((_, i) => !found.has(query.terms[i] ?? '')) : [];
  if (dropped.length === 0) return { query, hits: ranked, dropped };
  const narrower = parseQuery(query.words.filter((w) => !dropped.includes(w)).join(' '));
  return { query: narrower, hits: await rank(await find(narrower.text), narrower, scope), dropped };
}

async function rank(results: PagefindResult[], query: SearchQuery, scope: SearchScope): Promise<SectionHit[]> {
  const pages = await Promise.all(results.slice(0, MAX_PAGES).map((r) => r.data()));
  return rankSections(pages, query, { sdk: scope.sdk, preferEdition: scope.current });
}

/**
 * The query with its last word cut by one to three characters, down to {@link MIN_PREFIX}.
 * @example shorterForms('authenticatio') // ['authenticati', 'authenticat', 'authentica']
 */
export function shorterForms(text: string): string[] {
  const cut = text.lastIndexOf(' ') + 1;
  const head = text.slice(0, cut);
  const last = text.slice(cut);
  const out: string[] = [];
  for (let n = 1; n <= 3 && last.length - n >= MIN_PREFIX; n++) out.push(head + last.slice(0, last.length - n));
  return out;
}

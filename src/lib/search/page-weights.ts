/**
 * Some pages restate others: the home page sums up every reference page, and the corrections
 * page lists each disputed row with a link to the reference section that covers it. A reader
 * who searches an API name wants the reference section, so these pages' sections rank lower
 * (they are still found, e.g. by words only they hold): one of their sections must match
 * 2.5 times better than a reference section to rank above it.
 */
import { pageSlugOf } from '../editions';

/** Slugs (without edition) of the overview pages, and their weight in ranking. */
export const OVERVIEW_PAGES: Readonly<Record<string, number>> = { '': 0.4, corrections: 0.4 };

/**
 * The ranking weight of a page from its route (`v8/corrections`, `''` for the home page).
 * @default 1
 * @example pageWeight('v8/corrections') // 0.4
 */
export function pageWeight(route: string): number {
  return OVERVIEW_PAGES[pageSlugOf(route)] ?? 1;
}

/**
 * What ranking reads from one section besides how often it matched: which query terms a word
 * matches and how, whether the heading names the query, whether the query stands as a phrase.
 */
import { matchKind, type MatchKind } from './identifiers';

/** True when every query term matches some word of a section heading. */
export function titleMatches(title: string, terms: string[], cased: string[] = terms): boolean {
  const words = title.split(/\s+/);
  const found = new Set(words.flatMap((w) => termMatches(w, terms, cased).map(([i]) => i)));
  return terms.every((_, i) => found.has(i));
}

/**
 * How much of the query stands in the section as typed, as a phrase: 0 when no two
 * consecutive query terms are neighbouring words, 1 when all of them are (`from workos import
 * WorkOS`), given each term's word locations. Two terms in one word (`userManagement`) count as
 * neighbours.
 */
export function phraseShare(locations: Set<number>[]): number {
  if (locations.length < 2) return 0;
  let longest = 1;
  locations.forEach((start, i) => {
    for (const first of start) {
      let at = first;
      let run = 1;
      for (let j = i + 1; j < locations.length; j++) {
        const next = locations[j];
        if (next?.has(at + 1)) at += 1;
        else if (!next?.has(at)) break;
        run += 1;
      }
      longest = Math.max(longest, run);
    }
  });
  return (longest - 1) / (locations.length - 1);
}

/**
 * The query terms a page word matches, with how. Two adjacent terms that together spell the
 * word's identifier (`user management` → `userManagement`) both count as exact matches.
 */
export function termMatches(word: string, terms: string[], cased: string[] = terms): [number, MatchKind][] {
  const out = new Map<number, MatchKind>();
  for (let i = 0; i + 1 < terms.length; i++) {
    if (matchKind(word, `${terms[i]}${terms[i + 1]}`) === 'exact') {
      out.set(i, 'exact');
      out.set(i + 1, 'exact');
    }
  }
  terms.forEach((term, i) => {
    if (out.has(i)) return;
    const kind = matchKind(word, term, cased[i]);
    if (kind) out.set(i, kind);
  });
  return [...out];
}

/**
 * Turns what a reader typed into what Pagefind is asked. Readers type API names
 * (`getSignInUrl state`) and questions (`how do I switch organization`); Pagefind matches every
 * word as a prefix, so `a`, `I` or `do` would match half the site. Function words are dropped
 * when the query has other words, so `create a user` and `create user` ask the same thing.
 */
import { caseKey, foldTerm, identifierSegments, looksLikeIdentifier } from './identifiers';

/** English function words that never narrow a search of this site. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be by can could did do does for from had has have how i if in into is it its ' +
    'me my of on or our should so that the their them then there these this those to was we were what ' +
    'when where which who why will with would you your'
  ).split(' '),
);

/** A query ready for Pagefind and for ranking. */
export interface SearchQuery {
  /** What the reader typed, trimmed. */
  raw: string;
  /** What to pass to `pagefind.search()`; empty when there is nothing to search. */
  text: string;
  /** The words searched, as typed (function words dropped). */
  words: string[];
  /** The folded terms that ranking matches words against (see `foldTerm`). */
  terms: string[];
  /** The same terms with their letter case as typed (see `caseKey`). */
  cased: string[];
  /** The query is a single code-like token (`sso.Configure`): exact matches must come first. */
  identifier: boolean;
  /** The reader quoted the whole query, asking Pagefind for an exact phrase. */
  quoted: boolean;
}

/**
 * Parses a raw query.
 * @example parseQuery('how do I switch organization').text // 'switch organization'
 * @example parseQuery('getSignInUrl() state').terms // ['getsigninurl', 'state']
 */
export function parseQuery(input: string): SearchQuery {
  const raw = input.trim().replace(/\s+/g, ' ');
  const quoted = /^".+"$/.test(raw);
  const inner = quoted ? raw.slice(1, -1).trim() : raw;
  // Drop call parentheses and trailing punctuation a reader may paste with a name.
  const tokens = inner
    .split(' ')
    .map((t) => t.replace(/\(\)$/, '').replace(/^[("'`]+|[)"'`,;:?!]+$/g, ''))
    .filter((t) => foldTerm(t).length > 0);
  const content = tokens.filter((t) => !STOP_WORDS.has(foldTerm(t)));
  const kept = content.length > 0 ? content : tokens;
  const terms = kept.map(foldTerm);
  // Pagefind indexes `@workos-inc/authkit-nextjs` whole and by its parts, but not by a run of
  // parts (`authkit-nextjs`): ask it for the parts; ranking still wants the run (see rank.ts).
  const text = kept.map((t) => identifierSegments(t).join(' ')).join(' ');
  return {
    raw,
    text: quoted && text ? `"${kept.join(' ')}"` : text,
    words: kept,
    terms,
    cased: kept.map(caseKey),
    identifier: kept.length === 1 && looksLikeIdentifier(kept[0] ?? ''),
    quoted,
  };
}

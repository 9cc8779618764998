/**
 * How quickref reads code-like words: `workos.userManagement.getAuthorizationUrlWithPKCE()`,
 * `load_sealed_session`, `@workos-inc/authkit-nextjs`, `sso.Configure`. Pagefind indexes such a
 * word whole and by its parts; this module tells, for a word Pagefind matched, whether the match
 * was the whole identifier or only a part of it, so exact identifier matches can rank first.
 */

/**
 * How a query term matched a word of the page, from strongest to weakest: the whole identifier
 * as typed, the whole identifier in another letter case (`getAuthorizationUrl` for Go's
 * `GetAuthorizationURL`), a camelCase/snake_case part, a prefix, a crude stem.
 */
export type MatchKind = 'exact' | 'folded' | 'part' | 'prefix' | 'stem';

/**
 * Folds text the way Pagefind folds a query: lower case, with dashes, dots, brackets, quotes
 * and other punctuation removed, underscores kept.
 * @example foldTerm('sso.Configure()') // 'ssoconfigure'
 */
export function foldTerm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\s]/gu, '');
}

/**
 * A typed term with its letter case kept and its punctuation dropped, to compare case.
 * @example caseKey('sso.GetAuthorizationURL()') // 'ssoGetAuthorizationURL'
 */
export function caseKey(text: string): string {
  return identifierSegments(text).join('');
}

/**
 * The identifier segments of a word: runs of letters, digits, `_` and `$`, split at dots,
 * slashes, dashes, brackets and other punctuation.
 * @example identifierSegments('workos.userManagement.getUser()') // ['workos', 'userManagement', 'getUser']
 * @example identifierSegments('@workos-inc/authkit-nextjs') // ['workos', 'inc', 'authkit', 'nextjs']
 */
export function identifierSegments(word: string): string[] {
  return word.match(/[\p{L}\p{N}_$]+/gu) ?? [];
}

/**
 * The words inside one identifier segment, lower case: camelCase, PascalCase, acronyms,
 * snake_case and digits.
 * @example identifierParts('getAuthorizationUrlWithPKCE') // ['get', 'authorization', 'url', 'with', 'pkce']
 * @example identifierParts('WORKOS_ENABLE_PKCE') // ['workos', 'enable', 'pkce']
 * @example identifierParts('setPKCECookie') // ['set', 'pkce', 'cookie']
 */
export function identifierParts(segment: string): string[] {
  return (segment.match(/\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+/gu) ?? []).map((p) => p.toLowerCase());
}

/** True when some contiguous run of `pieces` joins to exactly `term`. */
function joinsTo(pieces: string[], term: string): boolean {
  for (let start = 0; start < pieces.length; start++) {
    let joined = '';
    for (let end = start; end < pieces.length && joined.length < term.length; end++) {
      joined += pieces[end];
      if (joined === term) return true;
    }
  }
  return false;
}

/** A crude English stem, enough to tell `permissions` and `permission` are one word. */
function stem(word: string): string {
  return word.replace(/(?:ies|es|s|ing|ed)$/, '');
}

/**
 * How a folded query term (see {@link foldTerm}) matches a word of the page, or `undefined`.
 * - `exact`: the term is a whole segment, or whole dotted/dashed chain of segments
 *   (`usermanagement` in `workos.userManagement.getUser()`, `ssoconfigure` in `sso.Configure(`).
 *   When `cased` (the term as typed, see {@link caseKey}) has capitals, the letter case must
 *   agree too, or the match is only `folded`.
 * - `part`: the term is a run of camelCase/snake_case parts (`pkce`, `authorizationurl`).
 * - `prefix`: a segment or part starts with the term (`authkitmid` in `authkitMiddleware`).
 * - `stem`: only the crude stems agree (`permissions` vs `permission`).
 * @example matchKind('getAuthorizationUrlWithPKCE()', 'pkce') // 'part'
 * @example matchKind('sso.getAuthorizationUrl(', 'ssogetauthorizationurl', 'ssoGetAuthorizationURL') // 'folded'
 */
export function matchKind(word: string, term: string, cased = term): MatchKind | undefined {
  if (!term) return undefined;
  const segments = identifierSegments(word);
  const lower = segments.map((s) => s.toLowerCase());
  if (joinsTo(lower, term) || joinsTo(lower.map((s) => s.replace(/_/g, '')), term)) {
    if (cased === cased.toLowerCase()) return 'exact';
    return joinsTo(segments, cased) || joinsTo(segments.map((s) => s.replace(/_/g, '')), cased) ? 'exact' : 'folded';
  }
  const parts = segments.flatMap(identifierParts);
  if (joinsTo(parts, term.replace(/_/g, ''))) return 'part';
  if (term.length >= 2 && [...lower, ...parts].some((p) => p.startsWith(term))) return 'prefix';
  const stemmed = stem(term);
  if (stemmed.length >= 3 && [...lower, ...parts].some((p) => stem(p) === stemmed || p.startsWith(stemmed))) return 'stem';
  return undefined;
}

/**
 * True when a query looks like code rather than prose: one token with a dot, underscore,
 * slash, brackets or an inner capital (`sso.Configure`, `load_sealed_session`, `useAuth()`).
 */
export function looksLikeIdentifier(query: string): boolean {
  const trimmed = query.trim();
  return !/\s/.test(trimmed) && /[._/()@$-]|\p{Ll}\p{Lu}|^\p{Lu}{2,}$/u.test(trimmed);
}

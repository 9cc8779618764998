import { describe, expect, test } from 'vitest';
import { runSearch, shorterForms, type PagefindApi } from '~/lib/search/engine';
import { parseQuery } from '~/lib/search/query';
import { rankSections, type PageData } from '~/lib/search/rank';
import { phraseShare, termMatches, titleMatches } from '~/lib/search/signals';

/**
 * A fake Pagefind page: `sections` maps a heading id ('' = intro) to its text. Every word that
 * `matches(word)` accepts becomes a weighted location (headings weigh 6, like Pagefind's h2).
 */
function page(url: string, title: string, sections: Record<string, string>, extra: Partial<PageData> = {}, matches = (_w: string) => true): PageData {
  const words: string[] = [];
  const anchors: PageData['anchors'] = [];
  const subs: PageData['sub_results'] = [];
  for (const [id, text] of Object.entries(sections)) {
    if (id) anchors.push({ id, location: words.length });
    const start = words.length;
    const sectionWords = text.split(/\s+/);
    words.push(...sectionWords);
    subs.push({
      title: id ? sectionWords.slice(0, 3).join(' ') : title,
      url: id ? `${url}#${id}` : url,
      anchor: id ? { id } : undefined,
      excerpt: text.slice(0, 40),
      weighted_locations: sectionWords.flatMap((w, i) => (matches(w) ? [{ weight: id && i < 3 ? 6 : 1, location: start + i }] : [])),
    });
  }
  return { url, content: words.join(' '), meta: { title }, filters: { edition: ['v8'], sdk: ['Node'] }, anchors, sub_results: subs, ...extra };
}

describe('rankSections', () => {
  const node = page('/v8/node-sdk/', 'Node SDK v8', {
    '': 'Checked against @workos-inc/node 8.13.0.',
    'pkce-for-public-clients': 'PKCE for public clients. getAuthorizationUrlWithPKCE() returns codeVerifier.',
    'client-types': 'Client types: createWorkOS. Methods: getAuthorizationUrl, getAuthorizationUrlWithPKCE, authenticateWithCode.',
    'breaking-changes': 'Breaking changes. MFA: verifyFactor() removed; use verifyChallenge().',
  });

  test('a heading match ranks first and the result points at the section', () => {
    const [first] = rankSections([node], parseQuery('PKCE'));
    expect(first?.url).toBe('/v8/node-sdk/#pkce-for-public-clients');
    expect(first?.title).toBe('PKCE for public');
    expect(first?.pageTitle).toBe('Node SDK v8');
    expect(first?.edition).toBe('v8');
  });

  test('an exact identifier ranks above a longer identifier that only starts with it', () => {
    const hits = rankSections([node], parseQuery('getAuthorizationUrl'));
    expect(hits[0]?.anchor).toBe('client-types');
    expect(hits[0]?.exact).toBe(true);
    expect(hits.find((h) => h.anchor === 'pkce-for-public-clients')?.exact).toBe(false);
  });

  test('the old name leads to the section that gives the new one', () => {
    expect(rankSections([node], parseQuery('verifyFactor'))[0]?.anchor).toBe('breaking-changes');
  });

  test('sections matching every term beat sections matching one', () => {
    const hits = rankSections([node], parseQuery('public clients verifier'));
    expect(hits[0]?.anchor).toBe('pkce-for-public-clients');
  });

  test('the SDK facet keeps only that SDK’s sections, using the page’s section map', () => {
    const pg = page('/v8/python-go/', 'Python & Go', { python: 'Python clients sso', go: 'Go sso.Configure(apiKey, clientID)' }, { meta: { title: 'Python & Go', sections: 'python=Python;go=Go' }, filters: { edition: ['v8'], sdk: ['Python', 'Go'] } });
    expect(rankSections([pg], parseQuery('sso')).map((h) => h.anchor)).toEqual(expect.arrayContaining(['python', 'go']));
    expect(rankSections([pg], parseQuery('sso'), { sdk: 'Go' }).map((h) => h.anchor)).toEqual(['go']);
    expect(rankSections([pg], parseQuery('sso'), { sdk: 'Go' })[0]?.sdks).toEqual(['Go']);
  });

  test('an overview page (weight meta) ranks below the reference page with the same text', () => {
    const overview = page('/', 'Overview', { pkce: 'PKCE for public clients. getAuthorizationUrlWithPKCE() returns codeVerifier.' }, { meta: { title: 'Overview', weight: '0.5' }, filters: {} });
    const hits = rankSections([overview, node], parseQuery('PKCE'));
    expect(hits[0]?.pageUrl).toBe('/v8/node-sdk/');
    expect(hits.find((h) => h.pageUrl === '/')?.edition).toBeUndefined();
  });

  test('sections of another edition rank lower when an edition is preferred', () => {
    const other = page('/v9/node-sdk/', 'Node SDK v9', { pkce: 'PKCE for public clients. getAuthorizationUrlWithPKCE() returns codeVerifier.' }, { filters: { edition: ['v9'] } });
    expect(rankSections([other, node], parseQuery('PKCE'), { preferEdition: 'v8' })[0]?.pageUrl).toBe('/v8/node-sdk/');
    expect(rankSections([node, other], parseQuery('PKCE'), { preferEdition: 'v9' })[0]?.pageUrl).toBe('/v9/node-sdk/');
  });

  test('words that match no term earn nothing (Pagefind’s near neighbours)', () => {
    expect(rankSections([node], parseQuery('affiliated'))).toEqual([]);
  });

  test('adjacent query words spelling an identifier count as exact', () => {
    expect(termMatches('workos.userManagement.listUsers()', ['user', 'management'])).toEqual([
      [0, 'exact'],
      [1, 'exact'],
    ]);
  });

  test('a section titled with the query beats one that only uses it in code', () => {
    const pg = page('/v8/python-go/', 'Python', {
      sealed: 'Sealed session: authenticate, then refresh. session = load_sealed_session(sealed_session=cookie)',
      node: 'Refresh. const { sealedSession } = await refresh(); save(sealedSession); save(sealedSession); if (sealedSession) log(sealedSession)',
    });
    expect(rankSections([pg], parseQuery('sealed session'))[0]?.anchor).toBe('sealed');
    expect(titleMatches('Sealed session: authenticate', ['sealed', 'session'])).toBe(true);
    expect(titleMatches('MFA: verifyChallenge', ['verifychallenge'], ['verifyChallenge'])).toBe(true);
    expect(titleMatches('Session refresh callbacks', ['sealed', 'session'])).toBe(false);
  });

  test('phraseShare measures the longest run of the query in order', () => {
    expect(phraseShare([new Set([5])])).toBe(0);
    expect(phraseShare([new Set([1]), new Set([2]), new Set([3])])).toBe(1);
    expect(phraseShare([new Set([1]), new Set([2]), new Set([9])])).toBe(0.5);
    expect(phraseShare([new Set([4]), new Set([4])])).toBe(1);
  });
});

describe('runSearch', () => {
  const data = page('/v8/node-sdk/', 'Node SDK v8', { authentication: 'Authentication with authenticateWithCode()' });
  /** A fake Pagefind that knows only the words of `known` and records its calls. */
  function fake(known: RegExp): PagefindApi & { calls: { term: string; filters: unknown }[] } {
    const calls: { term: string; filters: unknown }[] = [];
    return {
      calls,
      search: async (term, options) => {
        calls.push({ term, filters: options?.filters });
        return { results: known.test(term) ? [{ id: 'p1', data: async () => data }] : [] };
      },
    };
  }

  test('passes the edition and SDK as Pagefind filters', async () => {
    const pf = fake(/authentication/);
    await runSearch(pf, 'authentication', { edition: 'v8', sdk: 'Node' });
    expect(pf.calls[0]).toEqual({ term: 'authentication', filters: { edition: 'v8', sdk: 'Node' } });
  });

  test('part-way through a word the stemmed index misses, a shorter form keeps results (case C15)', async () => {
    const pf = fake(/^authenticati$/);
    const out = await runSearch(pf, 'authenticatio');
    expect(pf.calls.map((c) => c.term)).toEqual(['authenticatio', 'authenticati']);
    expect(out.hits.length).toBeGreaterThan(0);
  });

  test('words nothing matched are reported and left out', async () => {
    const pf = fake(/authentication/);
    const out = await runSearch(pf, 'authentication affiliated');
    expect(out.dropped).toEqual(['affiliated']);
    expect(out.query.words).toEqual(['authentication']);
    expect(out.hits[0]?.anchor).toBe('authentication');
  });

  test('an empty query asks nothing', async () => {
    const pf = fake(/./);
    expect((await runSearch(pf, '  ')).hits).toEqual([]);
    expect(pf.calls).toEqual([]);
  });

  test('shorterForms cuts the last word by up to three characters, not below four', () => {
    expect(shorterForms('authenticatio')).toEqual(['authenticati', 'authenticat', 'authentica']);
    expect(shorterForms('get toke')).toEqual([]);
    expect(shorterForms('get token')).toEqual(['get toke']);
  });
});

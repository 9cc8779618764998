import { describe, expect, test } from 'vitest';
import { caseKey, foldTerm, identifierParts, identifierSegments, looksLikeIdentifier, matchKind } from '~/lib/search/identifiers';
import { parseQuery } from '~/lib/search/query';

describe('identifier splitting', () => {
  test.each([
    ['getAuthorizationUrlWithPKCE', ['get', 'authorization', 'url', 'with', 'pkce']],
    ['WORKOS_ENABLE_PKCE', ['workos', 'enable', 'pkce']],
    ['setPKCECookie', ['set', 'pkce', 'cookie']],
    ['AsyncWorkOSClient', ['async', 'work', 'os', 'client']],
    ['load_sealed_session', ['load', 'sealed', 'session']],
    ['TS2339', ['ts', '2339']],
  ])('%s → %j', (segment, parts) => {
    expect(identifierParts(segment)).toEqual(parts);
  });

  test('segments split at dots, slashes, dashes and brackets, not underscores', () => {
    expect(identifierSegments('workos.userManagement.getAuthorizationUrlWithPKCE({')).toEqual(['workos', 'userManagement', 'getAuthorizationUrlWithPKCE']);
    expect(identifierSegments('@workos-inc/authkit-nextjs')).toEqual(['workos', 'inc', 'authkit', 'nextjs']);
    expect(identifierSegments('client.user_management.load_sealed_session(')).toEqual(['client', 'user_management', 'load_sealed_session']);
  });

  test('folding drops punctuation but keeps underscores, as Pagefind does', () => {
    expect(foldTerm('sso.Configure()')).toBe('ssoconfigure');
    expect(foldTerm('load_sealed_session')).toBe('load_sealed_session');
    expect(caseKey('sso.GetAuthorizationURL()')).toBe('ssoGetAuthorizationURL');
  });
});

describe('matchKind: the issue’s examples', () => {
  test.each([
    ['getAuthorizationUrlWithPKCE()', 'pkce', 'part'],
    ['getAuthorizationUrlWithPKCE()', 'getauthorizationurlwithpkce', 'exact'],
    ['workos.userManagement.getAuthorizationUrlWithPKCE({', 'usermanagement', 'exact'],
    ['workos.userManagement.getAuthorizationUrlWithPKCE({', 'getauthorizationurlwithpkce', 'exact'],
    ['workos.userManagement.getAuthorizationUrlWithPKCE({', 'workosusermanagement', 'exact'],
    ['getAuthorizationUrlWithPKCE', 'authorizationurl', 'part'],
    ['client.user_management.load_sealed_session(', 'load_sealed_session', 'exact'],
    ['load_sealed_session', 'sealed', 'part'],
    ['`@workos-inc/authkit-nextjs`', 'authkitnextjs', 'exact'],
    ['`@workos-inc/authkit-nextjs`', 'nextjs', 'exact'],
    ['sso.Configure(apiKey,', 'ssoconfigure', 'exact'],
    ['authkitMiddleware()', 'authkitmid', 'prefix'],
    ['permission', 'permissions', 'stem'],
  ] as const)('%s matches %s as %s', (word, term, kind) => {
    expect(matchKind(word, term)).toBe(kind);
  });

  test('no match', () => {
    expect(matchKind('createWorkOS()', 'pkce')).toBeUndefined();
    expect(matchKind('a', 'affiliated')).toBeUndefined();
  });

  test('a term typed with capitals must agree in case to be exact', () => {
    expect(matchKind('sso.GetAuthorizationURL(', 'ssogetauthorizationurl', 'ssoGetAuthorizationURL')).toBe('exact');
    expect(matchKind('workos.sso.getAuthorizationUrl({', 'ssogetauthorizationurl', 'ssoGetAuthorizationURL')).toBe('folded');
    // Typed in lower case: any case is exact.
    expect(matchKind('workos.sso.getAuthorizationUrl({', 'ssogetauthorizationurl', 'ssogetauthorizationurl')).toBe('exact');
  });

  test('identifier-looking queries', () => {
    for (const q of ['sso.Configure', 'load_sealed_session', 'useAuth()', 'PKCE', '@workos-inc/node', 'proxy.ts']) expect(looksLikeIdentifier(q), q).toBe(true);
    for (const q of ['permissions', 'user management', 'Session']) expect(looksLikeIdentifier(q), q).toBe(false);
  });
});

describe('parseQuery', () => {
  test('drops function words from questions (case C16)', () => {
    expect(parseQuery('how do I switch organization').text).toBe('switch organization');
    expect({ ...parseQuery('create a user'), raw: '' }).toEqual({ ...parseQuery('create user'), raw: '' });
    expect(parseQuery('get an access token').terms).toEqual(parseQuery('get access token').terms);
  });

  test('keeps a query made only of function words', () => {
    expect(parseQuery('how to').terms).toEqual(['how', 'to']);
  });

  test('asks Pagefind for the parts of a compound name, ranks by the whole', () => {
    const q = parseQuery('@workos-inc/authkit-nextjs');
    expect(q.text).toBe('workos inc authkit nextjs');
    expect(q.terms).toEqual(['workosincauthkitnextjs']);
    expect(q.identifier).toBe(true);
  });

  test('drops call parentheses and surrounding quotes', () => {
    const q = parseQuery("Property 'verifyFactor' does not exist on type 'Mfa'");
    expect(q.words).toEqual(['Property', 'verifyFactor', 'not', 'exist', 'type', 'Mfa']);
    expect(parseQuery('getSignInUrl() state').terms).toEqual(['getsigninurl', 'state']);
  });

  test('a quoted query stays an exact-phrase search', () => {
    const q = parseQuery('"getAuthorizationUrlWithPKCE"');
    expect(q.quoted).toBe(true);
    expect(q.text).toBe('"getAuthorizationUrlWithPKCE"');
  });

  test('empty input searches nothing', () => {
    expect(parseQuery('   ').text).toBe('');
  });
});

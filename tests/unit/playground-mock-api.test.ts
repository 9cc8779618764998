import { GenericServerException, NotFoundException, OauthException, UnprocessableEntityException, WorkOS } from '@workos-inc/node';
import { beforeEach, describe, expect, test } from 'vitest';
import { CLIENT_ID, SEEDED_CHALLENGE_CODE, SIGNED_IN_USER } from '~/playground/mock-api/fixtures';
import { createMockFetch, formatRequestLine } from '~/playground/mock-api/fetch';
import { seededRandom } from '~/playground/mock-api/ids';
import { createMockApi, type MockApi } from '~/playground/mock-api/index';
import { decodeAccessToken } from '~/playground/mock-api/jwt';
import { matchRoute, type Route } from '~/playground/mock-api/router';

/**
 * The mock WorkOS API, driven by the real pinned SDK (its serializers and error handling), so
 * a shape that drifts from what `@workos-inc/node` 8.x reads fails here.
 */

const NOW = new Date('2025-06-01T12:00:00.000Z');
const MOCK_KEY = 'sk_mock_playground';
const COOKIE_PASSWORD = 'a-cookie-password-of-at-least-32-chars';

let api: MockApi;
let lines: string[];
let notes: string[];
let mockFetch: typeof fetch;

beforeEach(() => {
  api = createMockApi({ now: () => NOW, random: seededRandom(7) });
  lines = [];
  notes = [];
  mockFetch = createMockFetch(api, { request: (l) => lines.push(l), note: (n) => notes.push(n) });
});

const server = (): WorkOS => new WorkOS(MOCK_KEY, { clientId: CLIENT_ID, fetchFn: mockFetch });
const publicClient = (): WorkOS => new WorkOS({ clientId: CLIENT_ID, fetchFn: mockFetch });

/** Follows the mock AuthKit's redirect and returns the callback's query. */
async function signIn(url: string): Promise<URLSearchParams> {
  const response = await mockFetch(url, { redirect: 'manual' });
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location') ?? '').searchParams;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('router', () => {
  const noop = () => ({ status: 200, headers: {}, body: null });
  const routes: Route[] = [
    { method: 'GET', path: '/vault/v1/kv/:id', apiKey: true, handle: noop },
    { method: 'GET', path: '/vault/v1/kv/name/:name', apiKey: true, handle: noop },
  ];

  test('matches params, prefers literal segments, and checks the method', () => {
    expect(matchRoute(routes, 'GET', '/vault/v1/kv/secret_1')?.params).toEqual({ id: 'secret_1' });
    expect(matchRoute(routes, 'GET', '/vault/v1/kv/name/stripe')?.params).toEqual({ name: 'stripe' });
    expect(matchRoute(routes, 'POST', '/vault/v1/kv/secret_1')).toBeUndefined();
  });
});

describe('PKCE (public client) end to end', () => {
  test('authorize URL → mock sign-in → code + verifier → tokens and user', async () => {
    const workos = publicClient();
    const { url, state, codeVerifier } = await workos.userManagement.getAuthorizationUrlWithPKCE({ provider: 'authkit', redirectUri: 'myapp://callback' });
    const callback = await signIn(url);
    expect(callback.get('state')).toBe(state);
    const result = await workos.userManagement.authenticateWithCode({ code: callback.get('code') ?? '', codeVerifier });
    expect(result.user).toMatchObject({ object: 'user', id: SIGNED_IN_USER.id, email: SIGNED_IN_USER.email, emailVerified: true, firstName: 'Marcelina' });
    expect(result.refreshToken).toMatch(/^[A-Za-z0-9]{25}$/);
    expect(decodeAccessToken(result.accessToken)).toMatchObject({ sub: SIGNED_IN_USER.id, sid: expect.stringMatching(/^session_01/) });
    expect(lines).toEqual(['GET /user_management/authorize → 302 (mock)', 'POST /user_management/authenticate → 200 (mock)']);
  });

  test('a wrong verifier, a reused code and an unknown code are invalid_grant (400)', async () => {
    const workos = publicClient();
    const first = await workos.userManagement.getAuthorizationUrlWithPKCE({ provider: 'authkit', redirectUri: 'myapp://callback' });
    const code = (await signIn(first.url)).get('code') ?? '';
    const wrong = await rejection(workos.userManagement.authenticateWithCode({ code, codeVerifier: 'not-the-verifier-not-the-verifier-not-the-v' }));
    expect(wrong).toBeInstanceOf(OauthException);
    expect(wrong).toMatchObject({ status: 400, error: 'invalid_grant', errorDescription: 'The code_verifier does not match the code_challenge.' });

    const reused = await rejection(workos.userManagement.authenticateWithCode({ code, codeVerifier: first.codeVerifier }));
    expect(reused).toMatchObject({ status: 400, error: 'invalid_grant', errorDescription: `The code '${code}' has expired or is invalid.` });

    const unknown = await rejection(workos.userManagement.authenticateWithCode({ code: 'made-up', codeVerifier: first.codeVerifier }));
    expect(unknown).toMatchObject({ status: 400, error: 'invalid_grant', rawData: { error: 'invalid_grant', error_description: "The code 'made-up' has expired or is invalid." } });
  });

  test('the authorize endpoint rejects missing parameters with invalid_request', async () => {
    const response = await mockFetch('https://api.workos.com/user_management/authorize?client_id=client_123&redirect_uri=myapp%3A%2F%2Fcb&response_type=code', { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_request', error_description: 'One of connection_id, organization_id, provider is required.' });
  });
});

describe('confidential client', () => {
  test('authorization code with the API key as client secret', async () => {
    const workos = server();
    const url = workos.userManagement.getAuthorizationUrl({ provider: 'authkit', redirectUri: 'https://example.com/callback', state: 's1' });
    const callback = await signIn(url);
    const result = await workos.userManagement.authenticateWithCode({ code: callback.get('code') ?? '' });
    expect(result.user.email).toBe(SIGNED_IN_USER.email);
    expect(result.authenticationMethod).toBe('Password');
  });

  test('listUsers, getUser and a missing user (NotFoundException)', async () => {
    const workos = server();
    const { data, listMetadata } = await workos.userManagement.listUsers();
    expect(data.map((u) => u.email).sort()).toEqual(['marcelina@example.com', 'rafael@example.com']);
    expect(listMetadata).toEqual({ before: null, after: null });
    expect((await workos.userManagement.getUser('user_456')).firstName).toBe('Rafael');
    const missing = await rejection(workos.userManagement.getUser('user_nope'));
    expect(missing).toBeInstanceOf(NotFoundException);
    expect(missing).toMatchObject({ status: 404, code: 'entity_not_found', message: "User not found: 'user_nope'." });
  });

  test('server endpoints answer 401 without a key', async () => {
    const result = await api.handle({ method: 'GET', url: 'https://api.workos.com/user_management/users', headers: {} });
    expect(result.status).toBe(401);
  });
});

describe('Magic Auth, password reset and sealed sessions', () => {
  test('createMagicAuth returns the code, which signs in once', async () => {
    const workos = server();
    const magicAuth = await workos.userManagement.createMagicAuth({ email: SIGNED_IN_USER.email });
    expect(magicAuth).toMatchObject({ object: 'magic_auth', userId: SIGNED_IN_USER.id, email: SIGNED_IN_USER.email, code: expect.stringMatching(/^\d{6}$/), expiresAt: '2025-06-01T12:10:00.000Z' });
    expect(magicAuth.id).toMatch(/^magic_auth_01/);
    const signedIn = await workos.userManagement.authenticateWithMagicAuth({ code: magicAuth.code, email: SIGNED_IN_USER.email });
    expect(signedIn.authenticationMethod).toBe('MagicAuth');
    const again = await rejection(workos.userManagement.authenticateWithMagicAuth({ code: magicAuth.code, email: SIGNED_IN_USER.email }));
    expect(again).toMatchObject({ error: 'invalid_grant' });
  });

  test('createMagicAuth validates the email (422)', async () => {
    const error = await rejection(server().userManagement.createMagicAuth({ email: 'not-an-email' }));
    expect(error).toBeInstanceOf(UnprocessableEntityException);
    expect(error).toMatchObject({ status: 422, code: 'invalid_request_parameters' });
  });

  test('createPasswordReset → resetPassword → authenticateWithPassword', async () => {
    const workos = server();
    const reset = await workos.userManagement.createPasswordReset({ email: SIGNED_IN_USER.email });
    expect(reset).toMatchObject({ object: 'password_reset', userId: SIGNED_IN_USER.id, passwordResetUrl: `https://example.com/reset-password?token=${reset.passwordResetToken}` });
    const { user } = await workos.userManagement.resetPassword({ token: reset.passwordResetToken, newPassword: 'correct horse battery staple' });
    expect(user.id).toBe(SIGNED_IN_USER.id);
    const ok = await workos.userManagement.authenticateWithPassword({ email: SIGNED_IN_USER.email, password: 'correct horse battery staple' });
    expect(ok.user.id).toBe(SIGNED_IN_USER.id);
    const wrong = await rejection(workos.userManagement.authenticateWithPassword({ email: SIGNED_IN_USER.email, password: 'nope' }));
    expect(wrong).toBeInstanceOf(GenericServerException);
    expect(wrong).toMatchObject({ status: 400, message: 'Invalid credentials.' });
    expect(await rejection(workos.userManagement.createPasswordReset({ email: 'nobody@example.com' }))).toBeInstanceOf(NotFoundException);
  });

  test('a sealed session refreshes once per refresh token (rotation)', async () => {
    const workos = server();
    const magicAuth = await workos.userManagement.createMagicAuth({ email: SIGNED_IN_USER.email });
    const { sealedSession } = await workos.userManagement.authenticateWithMagicAuth({
      code: magicAuth.code,
      email: SIGNED_IN_USER.email,
      session: { sealSession: true, cookiePassword: COOKIE_PASSWORD },
    });
    const cookie = sealedSession ?? '';
    const refreshed = await workos.userManagement.loadSealedSession({ sessionData: cookie, cookiePassword: COOKIE_PASSWORD }).refresh();
    expect(refreshed).toMatchObject({ authenticated: true, sessionId: expect.stringMatching(/^session_01/), user: { email: SIGNED_IN_USER.email } });
    expect(refreshed.authenticated && refreshed.sealedSession).not.toBe(cookie);
    // The first cookie's refresh token was used up.
    const stale = await workos.userManagement.loadSealedSession({ sessionData: cookie, cookiePassword: COOKIE_PASSWORD }).refresh();
    expect(stale).toEqual({ authenticated: false, reason: 'invalid_grant' });
  });
});

describe('SSO', () => {
  test('authorization URL with one selector → mock IdP → getProfileAndToken', async () => {
    const workos = server();
    const url = workos.sso.getAuthorizationUrl({ clientId: CLIENT_ID, redirectUri: 'https://example.com/callback', organization: 'org_123' });
    expect(new URL(url).searchParams.get('organization')).toBe('org_123');
    const code = (await signIn(url)).get('code') ?? '';
    const { profile, accessToken } = await workos.sso.getProfileAndToken({ code, clientId: CLIENT_ID });
    expect(profile).toMatchObject({ email: SIGNED_IN_USER.email, organizationId: 'org_123', connectionType: 'OktaSAML' });
    expect((await workos.sso.getProfile({ accessToken })).email).toBe(SIGNED_IN_USER.email);
  });

  test('two selectors are refused by the IdP', async () => {
    const response = await mockFetch('https://api.workos.com/sso/authorize?client_id=client_123&redirect_uri=https%3A%2F%2Fexample.com&response_type=code&connection=conn_1&organization=org_1', { redirect: 'manual' });
    expect(await response.json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringContaining('connection and organization') });
  });
});

describe('MFA', () => {
  test('the seeded challenge verifies once with its code', async () => {
    const workos = server();
    const { valid, challenge } = await workos.mfa.verifyChallenge({ authenticationChallengeId: 'auth_challenge_123', code: SEEDED_CHALLENGE_CODE });
    expect(valid).toBe(true);
    expect(challenge).toMatchObject({ object: 'authentication_challenge', id: 'auth_challenge_123', authenticationFactorId: 'auth_factor_123' });
    expect(challenge.code).toBeUndefined();
    const again = await rejection(workos.mfa.verifyChallenge({ authenticationChallengeId: 'auth_challenge_123', code: SEEDED_CHALLENGE_CODE }));
    expect(again).toMatchObject({ status: 422, code: 'authentication_challenge_previously_verified' });
  });

  test('enroll generic_otp → challenge (with code) → wrong code invalid, right code valid', async () => {
    const workos = server();
    const factor = await workos.mfa.enrollFactor({ type: 'generic_otp' });
    const challenge = await workos.mfa.challengeFactor({ authenticationFactorId: factor.id });
    expect(challenge.code).toMatch(/^\d{6}$/);
    expect((await workos.mfa.verifyChallenge({ authenticationChallengeId: challenge.id, code: '000000' === challenge.code ? '111111' : '000000' })).valid).toBe(false);
    expect((await workos.mfa.verifyChallenge({ authenticationChallengeId: challenge.id, code: challenge.code ?? '' })).valid).toBe(true);
  });

  test('enroll totp returns the secrets once; unknown challenge is 404', async () => {
    const workos = server();
    const factor = await workos.mfa.enrollFactor({ type: 'totp', issuer: 'Example', user: SIGNED_IN_USER.email });
    expect(factor.totp).toMatchObject({ issuer: 'Example', user: SIGNED_IN_USER.email, uri: expect.stringMatching(/^otpauth:\/\/totp\//), secret: expect.any(String) });
    expect((await workos.mfa.getFactor(factor.id)).totp).toEqual({ issuer: 'Example', user: SIGNED_IN_USER.email });
    expect(await rejection(workos.mfa.verifyChallenge({ authenticationChallengeId: 'auth_challenge_nope', code: '1' }))).toBeInstanceOf(NotFoundException);
  });
});

describe('Vault', () => {
  test('createObject → readObject, with metadata; duplicate names conflict', async () => {
    const workos = server();
    const created = await workos.vault.createObject({ name: 'stripe-api-key', value: 'rk_test_123', context: { organizationId: 'org_123' } });
    expect(created).toMatchObject({ id: expect.stringMatching(/^secret_01/), context: { organizationId: 'org_123' }, keyId: 'key_mock_playground', versionId: expect.stringMatching(/^version_01/) });
    expect(created.updatedAt).toEqual(NOW);
    const read = await workos.vault.readObject({ id: created.id });
    expect(read).toMatchObject({ id: created.id, name: 'stripe-api-key', value: 'rk_test_123', metadata: { context: { organizationId: 'org_123' } } });
    expect((await workos.vault.readObjectByName('stripe-api-key')).id).toBe(created.id);
    expect(await rejection(workos.vault.createObject({ name: 'stripe-api-key', value: 'x', context: { organizationId: 'org_123' } }))).toMatchObject({ name: 'ConflictException', status: 409 });
    expect(await rejection(workos.vault.readObject({ id: 'secret_nope' }))).toBeInstanceOf(NotFoundException);
  });

  test('createObject without a key context is 422', async () => {
    expect(await rejection(server().vault.createObject({ name: 'n', value: 'v', context: {} }))).toBeInstanceOf(UnprocessableEntityException);
  });
});

describe('Directory Sync and organizations', () => {
  test('directory user with customAttributes (v8 reads emails/username/job_title there)', async () => {
    type Attrs = { emails?: { value?: string; primary?: boolean }[]; username?: string; job_title?: string };
    const user = await server().directorySync.getUser<Attrs>('directory_user_123');
    expect(user.customAttributes).toEqual({ emails: [{ value: 'marcelina@example.com', primary: true, type: 'work' }], username: 'marcelina', job_title: 'Software Engineer' });
    expect(user.groups.map((g) => g.name)).toEqual(['Engineering']);
  });

  test('organizations: get, create, missing', async () => {
    const workos = server();
    expect((await workos.organizations.getOrganization('org_123')).domains[0]?.domain).toBe('example.com');
    const created = await workos.organizations.createOrganization({ name: 'Foo Corp' });
    expect(created).toMatchObject({ object: 'organization', name: 'Foo Corp', id: expect.stringMatching(/^org_01/) });
    expect(await rejection(workos.organizations.getOrganization('org_nope'))).toBeInstanceOf(NotFoundException);
  });
});

describe('console lines, notes and refused hosts', () => {
  test('formats one line per request', () => {
    expect(formatRequestLine('post', 'https://api.workos.com/user_management/authenticate?x=1', 200)).toBe('POST /user_management/authenticate → 200 (mock)');
  });

  test('a real-looking secret key gets one explanation per run', async () => {
    const workos = new WorkOS('sk_test_a1b2c3d4e5', { fetchFn: mockFetch });
    await workos.organizations.getOrganization('org_123');
    await workos.organizations.getOrganization('org_123');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('sk_test_…');
    expect(notes[0]).not.toContain('a1b2c3');
  });

  test('other hosts are refused with a message, and logged', async () => {
    const error = await rejection(mockFetch('https://example.com/data'));
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).toContain('example.com was not contacted');
    expect(lines).toEqual(['GET https://example.com/data → refused (no network in the playground)']);
  });

  test('following the redirect to your app would need the network: refused', async () => {
    const url = publicClient().userManagement.getAuthorizationUrl({ provider: 'authkit', redirectUri: 'https://example.com/callback', clientId: CLIENT_ID });
    expect(String(await rejection(mockFetch(url)))).toContain('example.com was not contacted');
  });

  test('an endpoint the mock lacks is a 404 with a note', async () => {
    const result = await api.handle({ method: 'GET', url: 'https://api.workos.com/portal/generate_link', headers: { Authorization: `Bearer ${MOCK_KEY}` } });
    expect(result.status).toBe(404);
    expect(result.notes[0]).toContain('does not implement GET /portal/generate_link');
  });
});

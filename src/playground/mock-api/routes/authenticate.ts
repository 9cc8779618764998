import { isEmail, optionalString } from '../fields';
import { failure, ok, oauthError } from '../responses';
import type { Route } from '../router';
import { issueTokens, s256 } from '../sessions';
import type { AuthorizationCode, MockContext } from '../state';
import type { MockResponse, RouteRequest } from '../types';

/**
 * `POST /user_management/authenticate`: every grant the SDK's `authenticateWith…` methods send.
 * Wrong input gets the real API's OAuth error shape (`invalid_grant` for an unknown, reused or
 * mismatched code), which the SDK raises as `OauthException`.
 */
export const authenticateRoutes: Route[] = [{ method: 'POST', path: '/user_management/authenticate', apiKey: false, handle: authenticate }];

const MAGIC_AUTH_GRANT = 'urn:workos:oauth:grant-type:magic-auth:code';

function authenticate(request: RouteRequest, context: MockContext): MockResponse | Promise<MockResponse> {
  const { body } = request;
  const clientId = optionalString(body, 'client_id');
  if (!clientId) return oauthError('invalid_client', 'client_id is required.');
  const grant = optionalString(body, 'grant_type');
  switch (grant) {
    case 'authorization_code':
      return exchangeCode(request, context, clientId);
    case MAGIC_AUTH_GRANT:
      return withSecret(request) ?? magicAuth(request, context, clientId);
    case 'refresh_token':
      return refresh(request, context, clientId);
    case 'password':
      return withSecret(request) ?? password(request, context, clientId);
    default:
      return oauthError('unsupported_grant_type', `grant_type '${grant ?? ''}' is not supported.`);
  }
}

/** Confidential grants need the client secret (the API key) in the body. */
function withSecret(request: RouteRequest): MockResponse | undefined {
  return optionalString(request.body, 'client_secret') ? undefined : oauthError('invalid_client', 'client_secret is required for this grant.');
}

async function exchangeCode(request: RouteRequest, context: MockContext, clientId: string): Promise<MockResponse> {
  const redeemed = await redeemCode(request, context, 'user_management', clientId);
  if ('error' in redeemed) return redeemed.error;
  const { issued } = redeemed;
  return ok(issueTokens(context, { userId: issued.userId, clientId, organizationId: issued.organizationId, method: 'Password' }));
}

/**
 * Redeems an authorization code of one kind (AuthKit or SSO) for `clientId`: the code works
 * once, whatever happens next, and only for the client and proof it was issued for.
 */
export async function redeemCode(
  request: RouteRequest,
  context: MockContext,
  kind: AuthorizationCode['kind'],
  clientId: string,
): Promise<{ issued: AuthorizationCode } | { error: MockResponse }> {
  const code = optionalString(request.body, 'code') ?? '';
  const issued = context.state.codes.get(code);
  context.state.codes.delete(code);
  if (!issued || issued.kind !== kind) return { error: oauthError('invalid_grant', `The code '${code}' has expired or is invalid.`) };
  const problem = await checkCodeClient(request, issued, clientId);
  return problem ? { error: problem } : { issued };
}

/**
 * Who may redeem a code: the client it was issued to, proving PKCE with the verifier when the
 * code was issued for a challenge, else authenticating with its secret.
 */
async function checkCodeClient(request: RouteRequest, issued: AuthorizationCode, clientId: string): Promise<MockResponse | undefined> {
  if (issued.clientId !== clientId) return oauthError('invalid_grant', `The code was issued to another client than '${clientId}'.`);
  const verifier = optionalString(request.body, 'code_verifier');
  if (issued.codeChallenge) {
    if (!verifier) return oauthError('invalid_grant', 'code_verifier is required: the code was issued for a code_challenge (PKCE).');
    if ((await s256(verifier)) !== issued.codeChallenge) return oauthError('invalid_grant', 'The code_verifier does not match the code_challenge.');
    return undefined;
  }
  if (verifier) return oauthError('invalid_grant', 'code_verifier was sent, but the code was issued without a code_challenge.');
  return withSecret(request);
}

function magicAuth(request: RouteRequest, context: MockContext, clientId: string): MockResponse {
  const code = optionalString(request.body, 'code') ?? '';
  const email = optionalString(request.body, 'email') ?? '';
  const now = context.now().toISOString();
  const found = [...context.state.magicAuths.values()].find((m) => m.code === code && m.email === email && m.expires_at > now);
  if (!found) return oauthError('invalid_grant', `The code '${code}' has expired or is invalid for ${email || 'this email'}.`);
  context.state.magicAuths.delete(found.id);
  return ok(issueTokens(context, { userId: found.user_id, clientId, method: 'MagicAuth' }));
}

function refresh(request: RouteRequest, context: MockContext, clientId: string): MockResponse {
  const token = optionalString(request.body, 'refresh_token') ?? '';
  const session = context.state.refreshTokens.get(token);
  if (!session || session.clientId !== clientId) return oauthError('invalid_grant', 'Session has already ended.');
  context.state.refreshTokens.delete(token);
  const organizationId = optionalString(request.body, 'organization_id') ?? session.organizationId;
  if (organizationId && !context.state.organizations.has(organizationId)) return oauthError('invalid_grant', `The user is not a member of organization '${organizationId}'.`);
  return ok(issueTokens(context, { userId: session.userId, clientId, organizationId, method: 'Password', sessionId: session.sessionId }));
}

function password(request: RouteRequest, context: MockContext, clientId: string): MockResponse {
  const email = optionalString(request.body, 'email') ?? '';
  const given = optionalString(request.body, 'password');
  const user = isEmail(email) ? [...context.state.users.values()].find((u) => u.email === email) : undefined;
  if (!user || !user.password || user.password !== given) return failure(400, 'invalid_credentials', 'Invalid credentials.');
  return ok(issueTokens(context, { userId: user.id, clientId, method: 'Password' }));
}

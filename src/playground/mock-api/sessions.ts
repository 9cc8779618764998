import type { AuthenticationResponseResponse } from '@workos-inc/node';
import { encodeAccessToken } from './jwt';
import type { MockContext } from './state';

/** How a user signed in, as `authentication_method` reports it. */
export type AuthenticationMethod = NonNullable<AuthenticationResponseResponse['authentication_method']>;

/** Access tokens last five minutes, as AuthKit's do by default. */
const ACCESS_TOKEN_SECONDS = 300;

/**
 * Starts a session (or continues one, on refresh): a new access token and a new refresh token;
 * the old refresh token, if any, stops working.
 */
export function issueTokens(
  context: MockContext,
  options: { userId: string; clientId: string; organizationId?: string | undefined; method: AuthenticationMethod; sessionId?: string },
): AuthenticationResponseResponse {
  const { state, ids, now } = context;
  const user = state.users.get(options.userId);
  if (!user) throw new Error(`Mock fixture missing: user ${options.userId}`);
  const sessionId = options.sessionId ?? ids.id('session');
  const iat = Math.floor(now().getTime() / 1000);
  const accessToken = encodeAccessToken({
    iss: `https://api.workos.com/user_management/${options.clientId}`,
    sub: user.id,
    sid: sessionId,
    jti: ids.ulid(),
    ...(options.organizationId ? { org_id: options.organizationId, role: 'member', roles: ['member'], permissions: [] } : {}),
    iat,
    exp: iat + ACCESS_TOKEN_SECONDS,
  });
  const refreshToken = ids.token(25);
  state.refreshTokens.set(refreshToken, { sessionId, userId: user.id, clientId: options.clientId, organizationId: options.organizationId });
  const { password: _password, ...publicUser } = user;
  return {
    user: { ...publicUser, last_sign_in_at: now().toISOString() },
    ...(options.organizationId ? { organization_id: options.organizationId } : {}),
    access_token: accessToken,
    refresh_token: refreshToken,
    authentication_method: options.method,
  };
}

/** Base64url SHA-256 of a PKCE code verifier: the S256 code challenge. */
export async function s256(verifier: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

import type { ProfileAndTokenResponse, ProfileResponse } from '@workos-inc/node';
import { optionalString } from '../fields';
import { decodeAccessToken, encodeAccessToken } from '../jwt';
import { oauthError, ok, unauthorized } from '../responses';
import type { Route } from '../router';
import type { MockContext } from '../state';
import type { MockResponse, RouteRequest } from '../types';
import { redeemCode } from './authenticate';

/**
 * SSO after the redirect: `POST /sso/token` (form-encoded, like the SDK's `getProfileAndToken`)
 * exchanges a code from `/sso/authorize` for a profile, and `GET /sso/profile` reads it again
 * with the access token.
 */
export const ssoRoutes: Route[] = [
  { method: 'POST', path: '/sso/token', apiKey: false, handle: token },
  { method: 'GET', path: '/sso/profile', apiKey: false, handle: profileOfToken },
];

function profileOf(context: MockContext, userId: string, organizationId: string | undefined, connectionId: string | undefined): ProfileResponse<Record<string, unknown>> {
  const user = context.state.users.get(userId);
  return {
    id: `prof_${userId}`,
    idp_id: '00u1a2b3c4d5e6f7g8h9',
    ...(organizationId ? { organization_id: organizationId } : {}),
    connection_id: connectionId ?? 'conn_123',
    connection_type: 'OktaSAML' as ProfileResponse<Record<string, unknown>>['connection_type'],
    email: user?.email ?? 'marcelina@example.com',
    first_name: user?.first_name ?? 'Marcelina',
    last_name: user?.last_name ?? 'Davis',
    role: { slug: 'member' },
    groups: ['Engineering'],
    custom_attributes: {},
    raw_attributes: {},
  };
}

async function token(request: RouteRequest, context: MockContext): Promise<MockResponse> {
  const clientId = optionalString(request.body, 'client_id');
  if (!clientId) return oauthError('invalid_client', 'client_id is required.');
  if (optionalString(request.body, 'grant_type') !== 'authorization_code') return oauthError('unsupported_grant_type', "grant_type must be 'authorization_code'.");
  const redeemed = await redeemCode(request, context, 'sso', clientId);
  if ('error' in redeemed) return redeemed.error;
  const { issued } = redeemed;
  const iat = Math.floor(context.now().getTime() / 1000);
  const accessToken = encodeAccessToken({ iss: 'https://api.workos.com/sso', sub: issued.userId, sid: context.ids.id('session'), jti: context.ids.ulid(), iat, exp: iat + 600 });
  const body: ProfileAndTokenResponse<Record<string, unknown>> = { access_token: accessToken, profile: profileOf(context, issued.userId, issued.organizationId, issued.connectionId) };
  return ok(body);
}

function profileOfToken(request: RouteRequest, context: MockContext): MockResponse {
  const claims = request.apiKey ? decodeAccessToken(request.apiKey) : undefined;
  if (!claims) return unauthorized();
  return ok(profileOf(context, claims.sub, claims.org_id, undefined));
}

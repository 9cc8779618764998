import { SIGNED_IN_USER } from '../fixtures';
import { oauthError, redirect } from '../responses';
import type { Route } from '../router';
import type { MockContext } from '../state';
import type { MockResponse, RouteRequest } from '../types';

/**
 * The hosted sign-in pages (AuthKit and SSO). A real one shows a sign-in form; the mock signs
 * in its test user at once and redirects to `redirect_uri` with a one-time `code` (and the
 * `state` it was given), remembering the PKCE `code_challenge` so the code exchange can check
 * the verifier.
 */
export const authorizeRoutes: Route[] = [
  { method: 'GET', path: '/user_management/authorize', apiKey: false, handle: (request, context) => authorize(request, context, 'user_management') },
  { method: 'GET', path: '/sso/authorize', apiKey: false, handle: (request, context) => authorize(request, context, 'sso') },
];

function authorize(request: RouteRequest, context: MockContext, kind: 'user_management' | 'sso'): MockResponse {
  const q = request.query;
  const clientId = q.get('client_id');
  const redirectUri = q.get('redirect_uri');
  if (!clientId) return oauthError('invalid_request', 'client_id is required.');
  if (!redirectUri || !URL.canParse(redirectUri)) return oauthError('invalid_request', 'redirect_uri is required and must be an absolute URI.');
  if (q.get('response_type') !== 'code') return oauthError('unsupported_response_type', "response_type must be 'code'.");
  const selectors = kind === 'sso' ? ['connection', 'organization', 'provider'] : ['connection_id', 'organization_id', 'provider'];
  const given = selectors.filter((name) => q.get(name));
  if (given.length === 0) return oauthError('invalid_request', `One of ${selectors.join(', ')} is required.`);
  if (kind === 'sso' && given.length > 1) return oauthError('invalid_request', `Only one of ${selectors.join(', ')} may be given, got ${given.join(' and ')}.`);
  const challenge = q.get('code_challenge') ?? undefined;
  if (challenge && q.get('code_challenge_method') !== 'S256') return oauthError('invalid_request', "code_challenge_method must be 'S256'.");
  const organizationId = q.get(kind === 'sso' ? 'organization' : 'organization_id') ?? undefined;
  const code = context.ids.ulid();
  context.state.codes.set(code, {
    kind,
    clientId,
    redirectUri,
    userId: SIGNED_IN_USER.id,
    organizationId,
    connectionId: q.get(kind === 'sso' ? 'connection' : 'connection_id') ?? undefined,
    codeChallenge: challenge,
  });
  const location = new URL(redirectUri);
  location.searchParams.set('code', code);
  const state = q.get('state');
  if (state) location.searchParams.set('state', state);
  return redirect(location.toString());
}

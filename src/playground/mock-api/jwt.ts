/**
 * Access tokens shaped like AuthKit's: a JWT whose claims the SDK decodes (`sid`, `org_id`,
 * `role`, …). The signature is a placeholder: the mock cannot sign like WorkOS does, so code
 * that verifies tokens against the JWKS sees them as invalid.
 */

/** Claims of a mock access token. */
export interface AccessTokenClaims {
  iss: string;
  sub: string;
  sid: string;
  jti: string;
  org_id?: string;
  role?: string;
  roles?: string[];
  permissions?: string[];
  iat: number;
  exp: number;
}

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Encodes claims as an unsigned-looking JWT (`header.payload.signature`). */
export function encodeAccessToken(claims: AccessTokenClaims): string {
  const header = { alg: 'RS256', kid: 'sso_oidc_key_pair_mock', typ: 'JWT' };
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}.${base64url('playground-mock-signature')}`;
}

/** The claims of a token made by `encodeAccessToken`, or undefined if it is not one. */
export function decodeAccessToken(token: string): AccessTokenClaims | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as AccessTokenClaims;
  } catch {
    return undefined;
  }
}

import { optionalString } from '../fields';
import { failure, noContent, notFound, ok, unprocessable } from '../responses';
import type { Route } from '../router';
import type { ChallengeRecord, FactorRecord, MockContext } from '../state';
import type { MockResponse, RouteRequest } from '../types';

/**
 * MFA: enroll a factor, challenge it, verify the challenge. A `generic_otp` challenge returns
 * its `code` (you deliver it yourself), so a sample can answer it; a wrong code verifies as
 * `valid: false`, a second verification of the same challenge is refused.
 */
export const mfaRoutes: Route[] = [
  { method: 'POST', path: '/auth/factors/enroll', apiKey: true, handle: enroll },
  { method: 'GET', path: '/auth/factors/:id', apiKey: true, handle: (r, c) => withFactor(r, c, (f) => ok(factorResponse(f, false))) },
  { method: 'DELETE', path: '/auth/factors/:id', apiKey: true, handle: deleteFactor },
  { method: 'POST', path: '/auth/factors/:id/challenge', apiKey: true, handle: challenge },
  { method: 'POST', path: '/auth/challenges/:id/verify', apiKey: true, handle: verify },
];

function withFactor(request: RouteRequest, context: MockContext, then: (factor: FactorRecord) => MockResponse): MockResponse {
  const factor = context.state.factors.get(request.params.id ?? '');
  return factor ? then(factor) : notFound('Authentication factor', request.params.id ?? '');
}

/** A factor as the API returns it; TOTP secrets only right after enrollment. */
function factorResponse(factor: FactorRecord, withSecrets: boolean): Record<string, unknown> {
  const { totp, ...rest } = factor;
  if (!totp) return rest;
  return { ...rest, totp: withSecrets ? totp : { issuer: totp.issuer, user: totp.user } };
}

/** A challenge as the API returns it: the code only for `generic_otp` factors. */
function challengeResponse(record: ChallengeRecord, factor: FactorRecord | undefined): Record<string, unknown> {
  const { code, verified: _verified, ...rest } = record;
  return factor?.type === 'generic_otp' ? { ...rest, code } : rest;
}

function enroll(request: RouteRequest, context: MockContext): MockResponse {
  const type = optionalString(request.body, 'type');
  if (type !== 'generic_otp' && type !== 'totp' && type !== 'sms') return unprocessable([{ field: 'type', code: 'type_invalid' }], "type must be 'totp', 'sms' or 'generic_otp'.");
  const now = context.now().toISOString();
  const factor: FactorRecord = { object: 'authentication_factor', id: context.ids.id('auth_factor'), type, created_at: now, updated_at: now };
  if (type === 'totp') {
    const issuer = optionalString(request.body, 'totp_issuer');
    const user = optionalString(request.body, 'totp_user');
    if (!issuer || !user) return unprocessable([!issuer && { field: 'totp_issuer', code: 'totp_issuer_string_required' }, !user && { field: 'totp_user', code: 'totp_user_string_required' }].filter((e) => e !== false));
    const secret = context.ids.token(32).toUpperCase().replace(/[^A-Z2-7]/g, 'A');
    const uri = `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(user)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=6&period=30`;
    factor.totp = { issuer, user, secret, uri, qr_code: `data:image/png;base64,(a QR code of ${uri})` };
  }
  if (type === 'sms') {
    const phone = optionalString(request.body, 'phone_number');
    if (!phone || !/^\+[1-9]\d{6,14}$/.test(phone)) return unprocessable([{ field: 'phone_number', code: 'phone_number_invalid' }]);
    factor.sms = { phone_number: phone };
  }
  context.state.factors.set(factor.id, factor);
  return ok(factorResponse(factor, true), 201);
}

function deleteFactor(request: RouteRequest, context: MockContext): MockResponse {
  return withFactor(request, context, (factor) => {
    context.state.factors.delete(factor.id);
    return noContent();
  });
}

function challenge(request: RouteRequest, context: MockContext): MockResponse {
  return withFactor(request, context, (factor) => {
    const now = context.now();
    const record: ChallengeRecord = {
      object: 'authentication_challenge',
      id: context.ids.id('auth_challenge'),
      authentication_factor_id: factor.id,
      code: context.ids.digits(6),
      verified: false,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      expires_at: new Date(now.getTime() + 10 * 60_000).toISOString(),
    };
    context.state.challenges.set(record.id, record);
    return ok(challengeResponse(record, factor), 201);
  });
}

function verify(request: RouteRequest, context: MockContext): MockResponse {
  const record = context.state.challenges.get(request.params.id ?? '');
  if (!record) return notFound('Authentication challenge', request.params.id ?? '');
  if (record.verified) return failure(422, 'authentication_challenge_previously_verified', `The authentication challenge '${record.id}' has already been verified.`);
  if (record.expires_at <= context.now().toISOString()) return failure(422, 'authentication_challenge_expired', `The authentication challenge '${record.id}' has expired.`);
  const valid = optionalString(request.body, 'code') === record.code;
  if (valid) record.verified = true;
  // The code is only ever returned by the challenge itself.
  return ok({ challenge: challengeResponse(record, undefined), valid });
}

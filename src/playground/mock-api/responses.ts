import type { MockResponse } from './types';

/**
 * Response helpers in the shapes the real WorkOS API uses, so the SDK turns them into the same
 * exceptions (see `handleHttpError` in `@workos-inc/node`): OAuth errors carry
 * `error`/`error_description` (→ `OauthException`), others `code`/`message` (→ `NotFoundException`,
 * `UnprocessableEntityException`, …).
 */

function respond(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: body === null ? headers : { 'Content-Type': 'application/json', ...headers }, body };
}

/** 200 (or another 2xx) with a JSON body. */
export function ok(body: unknown, status = 200): MockResponse {
  return respond(status, body);
}

/** 202/204-style success with no body. */
export function noContent(status = 202): MockResponse {
  return respond(status, null);
}

/** A redirect, as AuthKit sends the browser back to `redirect_uri` after sign-in. */
export function redirect(location: string): MockResponse {
  return respond(302, null, { Location: location });
}

/** An OAuth error, e.g. `invalid_grant` for an unknown or reused code. */
export function oauthError(error: string, description: string, status = 400): MockResponse {
  return respond(status, { error, error_description: description });
}

/** 404 for an id that does not exist, as `entity_not_found`. */
export function notFound(kind: string, id: string): MockResponse {
  return respond(404, { code: 'entity_not_found', entity_id: id, message: `${kind} not found: '${id}'.` });
}

/** 422 with a list of field errors (the SDK lists their codes in its message). */
export function unprocessable(errors: { field: string; code: string }[], message = 'Validation failed'): MockResponse {
  return respond(422, { code: 'invalid_request_parameters', message, errors });
}

/** A 4xx with `code` and `message` only. */
export function failure(status: number, code: string, message: string): MockResponse {
  return respond(status, { code, message });
}

/** 401, as for a missing or invalid API key. */
export function unauthorized(): MockResponse {
  return respond(401, { message: 'Unauthorized' });
}

import type { MagicAuthResponse, PasswordResetResponse } from '@workos-inc/node';
import { isEmail, optionalString, requireStrings } from '../fields';
import { listOf } from '../list';
import { failure, noContent, notFound, ok, unprocessable } from '../responses';
import type { Route } from '../router';
import type { MockContext, UserRecord } from '../state';
import type { MockResponse, RouteRequest } from '../types';

/**
 * User Management objects: users, Magic Auth codes and password resets. Magic Auth returns its
 * `code` (as the real API does, so you can send the email yourself); the code then works once
 * with `authenticateWithMagicAuth`.
 */
export const userRoutes: Route[] = [
  { method: 'GET', path: '/user_management/users', apiKey: true, handle: listUsers },
  { method: 'POST', path: '/user_management/users', apiKey: true, handle: createUser },
  { method: 'GET', path: '/user_management/users/:id', apiKey: true, handle: (r, c) => withUser(r, c, (u) => ok(publicUser(u))) },
  { method: 'PUT', path: '/user_management/users/:id', apiKey: true, handle: updateUser },
  { method: 'DELETE', path: '/user_management/users/:id', apiKey: true, handle: deleteUser },
  { method: 'POST', path: '/user_management/magic_auth', apiKey: true, handle: createMagicAuth },
  { method: 'GET', path: '/user_management/magic_auth/:id', apiKey: true, handle: (r, c) => found(c.state.magicAuths.get(r.params.id ?? ''), 'Magic Auth', r) },
  { method: 'POST', path: '/user_management/password_reset', apiKey: true, handle: createPasswordReset },
  { method: 'GET', path: '/user_management/password_reset/:id', apiKey: true, handle: (r, c) => found(c.state.passwordResets.get(r.params.id ?? ''), 'Password reset', r) },
  { method: 'POST', path: '/user_management/password_reset/confirm', apiKey: true, handle: resetPassword },
];

/** A user as the API returns it (never the password). */
export function publicUser({ password: _password, ...user }: UserRecord): Omit<UserRecord, 'password'> {
  return user;
}

function found(value: unknown, kind: string, request: RouteRequest): MockResponse {
  return value ? ok(value) : notFound(kind, request.params.id ?? '');
}

function withUser(request: RouteRequest, context: MockContext, then: (user: UserRecord) => MockResponse): MockResponse {
  const user = context.state.users.get(request.params.id ?? '');
  return user ? then(user) : notFound('User', request.params.id ?? '');
}

function deleteUser(request: RouteRequest, context: MockContext): MockResponse {
  return withUser(request, context, (user) => {
    context.state.users.delete(user.id);
    return noContent();
  });
}

function userByEmail(context: MockContext, email: string): UserRecord | undefined {
  return [...context.state.users.values()].find((u) => u.email.toLowerCase() === email.toLowerCase());
}

function listUsers(request: RouteRequest, context: MockContext): MockResponse {
  const email = request.query.get('email');
  const users = [...context.state.users.values()].filter((u) => !email || u.email === email).map(publicUser);
  return ok(listOf(users, request.query));
}

function newUser(context: MockContext, email: string, body: Record<string, unknown>): UserRecord {
  const now = context.now().toISOString();
  const password = optionalString(body, 'password');
  const user: UserRecord = {
    object: 'user',
    id: context.ids.id('user'),
    email,
    email_verified: body.email_verified === true,
    profile_picture_url: null,
    first_name: optionalString(body, 'first_name') ?? null,
    last_name: optionalString(body, 'last_name') ?? null,
    last_sign_in_at: null,
    locale: null,
    metadata: {},
    created_at: now,
    updated_at: now,
    ...(password ? { password } : {}),
  };
  context.state.users.set(user.id, user);
  return user;
}

function createUser(request: RouteRequest, context: MockContext): MockResponse {
  const fields = requireStrings(request.body, ['email']);
  if ('error' in fields) return fields.error;
  const { email } = fields.values;
  if (!isEmail(email)) return unprocessable([{ field: 'email', code: 'email_invalid' }]);
  if (userByEmail(context, email)) return unprocessable([{ field: 'email', code: 'email_not_available' }], `A user with email '${email}' already exists.`);
  return ok(publicUser(newUser(context, email, request.body)), 201);
}

function updateUser(request: RouteRequest, context: MockContext): MockResponse {
  return withUser(request, context, (user) => {
    for (const key of ['first_name', 'last_name', 'email'] as const) {
      const value = optionalString(request.body, key);
      if (value !== undefined) user[key] = value;
    }
    const password = optionalString(request.body, 'password');
    if (password) user.password = password;
    user.updated_at = context.now().toISOString();
    return ok(publicUser(user));
  });
}

function createMagicAuth(request: RouteRequest, context: MockContext): MockResponse {
  const fields = requireStrings(request.body, ['email']);
  if ('error' in fields) return fields.error;
  const { email } = fields.values;
  if (!isEmail(email)) return unprocessable([{ field: 'email', code: 'email_invalid' }]);
  // Magic Auth also signs up new users, so an unknown email gets a user.
  const user = userByEmail(context, email) ?? newUser(context, email, {});
  const now = context.now();
  const magicAuth: MagicAuthResponse = {
    object: 'magic_auth',
    id: context.ids.id('magic_auth'),
    user_id: user.id,
    email: user.email,
    expires_at: new Date(now.getTime() + 10 * 60_000).toISOString(),
    code: context.ids.digits(6),
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  context.state.magicAuths.set(magicAuth.id, magicAuth);
  return ok(magicAuth, 201);
}

function createPasswordReset(request: RouteRequest, context: MockContext): MockResponse {
  const fields = requireStrings(request.body, ['email']);
  if ('error' in fields) return fields.error;
  const user = userByEmail(context, fields.values.email);
  if (!user) return notFound('User', fields.values.email);
  const now = context.now();
  const token = context.ids.token(25);
  const reset: PasswordResetResponse = {
    object: 'password_reset',
    id: context.ids.id('password_reset'),
    user_id: user.id,
    email: user.email,
    password_reset_token: token,
    password_reset_url: `https://example.com/reset-password?token=${token}`,
    expires_at: new Date(now.getTime() + 60 * 60_000).toISOString(),
    created_at: now.toISOString(),
  };
  context.state.passwordResets.set(reset.id, reset);
  return ok(reset, 201);
}

function resetPassword(request: RouteRequest, context: MockContext): MockResponse {
  const fields = requireStrings(request.body, ['token', 'new_password']);
  if ('error' in fields) return fields.error;
  const reset = [...context.state.passwordResets.values()].find((r) => r.password_reset_token === fields.values.token);
  if (!reset || reset.expires_at <= context.now().toISOString()) return failure(400, 'password_reset_token_invalid', 'The password reset token is invalid or has expired.');
  const user = context.state.users.get(reset.user_id);
  if (!user) return notFound('User', reset.user_id);
  user.password = fields.values.new_password;
  context.state.passwordResets.delete(reset.id);
  return ok({ user: publicUser(user) });
}

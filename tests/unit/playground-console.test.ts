import { describe, expect, test } from 'vitest';
import { formatArgs, formatError, formatValue, isExpandable } from '~/playground/console/format';
import { serialize, serializeError } from '~/playground/console/serialize';
import { mapStack, SDK_NAME } from '~/playground/sandbox/stack';

/** What the console shows: values copied when logged (F8/C39), JSON-like text, mapped stacks. */

const text = (value: unknown): string => formatArgs([serialize(value)]);

describe('serialize + format', () => {
  test('F8: an array logged, mutated, logged again shows both states', () => {
    const scopes = ['openid'];
    const first = serialize(scopes);
    scopes.push('profile');
    const second = serialize(scopes);
    expect(formatValue(first)).toBe('["openid"]');
    expect(formatValue(second)).toBe('["openid","profile"]');
  });

  test('primitives print like console.log; nested strings are quoted', () => {
    expect(text('init')).toBe('init');
    expect(text(-0)).toBe('-0');
    expect(text(Number.NaN)).toBe('NaN');
    expect(text(10n)).toBe('10n');
    expect(text(undefined)).toBe('undefined');
    expect(text(null)).toBe('null');
    expect(text(Symbol('s'))).toBe('Symbol(s)');
    expect(text({ a: 'x', b: [1, true, null] })).toBe('{"a":"x","b":[1,true,null]}');
  });

  test('classes, maps, sets, dates, URLs, functions', () => {
    class User {
      id = 'user_1';
    }
    expect(text(new User())).toBe('User {"id":"user_1"}');
    expect(text(new Map([['a', 1]]))).toBe('Map(1) {"a" => 1}');
    expect(text(new Set([1, 2]))).toBe('Set(2) {1,2}');
    expect(text(new Date('2025-06-01T12:00:00Z'))).toBe('2025-06-01T12:00:00.000Z');
    expect(text(new URL('https://api.workos.com/sso/authorize?x=1'))).toBe('URL(https://api.workos.com/sso/authorize?x=1)');
    expect(text(function onCallback() {})).toBe('[Function onCallback]');
    expect(text(User)).toBe('[class User]');
    expect(text(Object.create(null))).toBe('{}');
  });

  test('cycles, depth and size limits', () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    expect(text(loop)).toBe('{"name":"loop","self":[Circular]}');
    expect(formatValue(serialize({ a: { b: { c: 1 } } }, undefined, { depth: 2 }))).toBe('{"a":{"b":[Object]}}');
    expect(formatValue(serialize(Array.from({ length: 5 }, (_, i) => i), undefined, { entries: 2 }))).toBe('[0,1,…3 more]');
    expect(formatValue(serialize('abcdef', undefined, { string: 3 }))).toBe('abc…(3 more characters)');
  });

  test('a getter that throws does not break logging', () => {
    const value = Object.defineProperty({}, 'boom', { enumerable: true, get: () => { throw new Error('nope'); } });
    expect(text(value)).toBe('{"boom":"[getter threw: nope]"}');
  });

  test('pretty output spreads objects over lines', () => {
    expect(formatValue(serialize({ id: 'user_1', roles: ['admin'] }), { pretty: true })).toBe('{\n  "id": "user_1",\n  "roles": [\n    "admin"\n  ]\n}');
    expect(isExpandable(serialize({ id: 'user_01HXYZ', email: 'marcelina@example.com', firstName: 'Marcelina' }))).toBe(true);
    expect(isExpandable(serialize(['openid']))).toBe(false);
  });

  test('format specifiers', () => {
    expect(formatArgs([serialize('%s has %d scopes (%i%%)'), serialize('user'), serialize(2), serialize(3.7)])).toBe('user has 2 scopes (3%)');
    expect(formatArgs([serialize('%o'), serialize({ a: 1 }), serialize('extra')])).toBe('{"a":1} extra');
    expect(formatArgs([serialize('%c styled'), serialize('color: red')])).toBe(' styled');
  });

  test('errors keep name, message, fields and where they were thrown', () => {
    class OauthException extends Error {
      override name = 'OauthException';
      status = 400;
      error = 'invalid_grant';
    }
    const error = new OauthException('Error: invalid_grant');
    const serialized = serializeError(error, () => ({ stack: 'at async pkce.ts:20:5', location: 'pkce.ts:20:5' }));
    expect(serialized).toMatchObject({ name: 'OauthException', message: 'Error: invalid_grant', location: 'pkce.ts:20:5' });
    expect(serialized.fields.map(([k]) => k)).toEqual(['status', 'error']);
    expect(formatError(serialized)).toBe('OauthException: Error: invalid_grant\n    at pkce.ts:20:5');
    expect(formatValue({ t: 'object', ctor: null, entries: [['e', { t: 'error', error: serialized }]], more: 0 })).toBe('{"e":[OauthException: Error: invalid_grant]}');
    expect(serializeError('a string')).toMatchObject({ name: 'Uncaught', message: 'a string' });
  });
});

describe('mapStack', () => {
  const names = new Map([
    ['blob:null/aaa', 'pkce.ts'],
    ['blob:null/bbb', 'format.ts'],
    ['blob:null/sdk', SDK_NAME],
  ]);

  test('names the reader\'s files, folds SDK frames and drops the runtime', () => {
    const stack = [
      'OauthException: Error: invalid_grant',
      '    at WorkOS.handleHttpError (blob:null/sdk:1:1000)',
      '    at WorkOS.post (blob:null/sdk:1:2000)',
      '    at async UserManagement.authenticateWithCode (blob:null/sdk:1:3000)',
      '    at async describe (blob:null/bbb:4:3)',
      '    at async blob:null/aaa:20:5',
      '    at run (about:srcdoc:1:999)',
    ].join('\n');
    expect(mapStack(stack, names)).toEqual({ stack: `at ${SDK_NAME}\nat async describe (format.ts:4:3)\nat async pkce.ts:20:5`, location: 'format.ts:4:3' });
  });

  test('no file frame: no location', () => {
    expect(mapStack('Error\n    at x (about:srcdoc:1:1)', names)).toEqual({ stack: '', location: null });
  });
});

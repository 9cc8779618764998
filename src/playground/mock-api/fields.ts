import { unprocessable } from './responses';
import type { MockResponse } from './types';

/**
 * Reads string fields of a request body, collecting a 422 (`<field>_string_required`, the code
 * style WorkOS uses) for every one that is missing.
 */
export function requireStrings<K extends string>(body: Record<string, unknown>, names: readonly K[]): { values: Record<K, string> } | { error: MockResponse } {
  const values = {} as Record<K, string>;
  const missing: { field: string; code: string }[] = [];
  for (const name of names) {
    const value = body[name];
    if (typeof value === 'string' && value.trim() !== '') values[name] = value;
    else missing.push({ field: name, code: `${name}_string_required` });
  }
  return missing.length ? { error: unprocessable(missing) } : { values };
}

/** A body field as a string, or undefined. */
export function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Whether a string is shaped like an email address. */
export function isEmail(value: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);
}

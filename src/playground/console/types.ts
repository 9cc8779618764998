/**
 * A logged value as it was at the moment of logging, in a form that crosses `postMessage`
 * (structured clone) and renders without the original object. Numbers travel as text so
 * `NaN`, `-0` and `Infinity` survive.
 */
export type SerializedValue =
  | { t: 'string'; v: string; cut?: number }
  | { t: 'number'; v: string }
  | { t: 'bigint'; v: string }
  | { t: 'boolean'; v: boolean }
  | { t: 'undefined' }
  | { t: 'null' }
  | { t: 'symbol'; v: string }
  | { t: 'function'; name: string; isClass: boolean }
  | { t: 'array'; items: SerializedValue[]; length: number }
  | { t: 'object'; ctor: string | null; entries: [string, SerializedValue][]; more: number }
  | { t: 'map'; entries: [SerializedValue, SerializedValue][]; size: number }
  | { t: 'set'; items: SerializedValue[]; size: number }
  | { t: 'date'; v: string }
  | { t: 'regexp'; v: string }
  | { t: 'url'; v: string }
  | { t: 'error'; error: SerializedError }
  | { t: 'promise' }
  | { t: 'circular' }
  | { t: 'deep'; ctor: string | null; array: boolean };

/** An error: its name and message, where it was thrown (in the reader's files) and its extra fields. */
export interface SerializedError {
  name: string;
  message: string;
  /** Stack with sandbox URLs replaced by file names (`pkce.ts:12:7`), SDK frames folded. */
  stack: string;
  /** The first frame in one of the playground's files, e.g. `pkce.ts:12:7`. */
  location: string | null;
  /** Own enumerable fields (e.g. `status`, `error`, `errorDescription` of an `OauthException`). */
  fields: [string, SerializedValue][];
}

import type { SerializedError, SerializedValue } from './types';

/** Limits that keep a logged value small enough to send and render. */
export interface SerializeLimits {
  /** Nesting depth shown before `[Object]`. @default 6 */
  depth: number;
  /** Array items / object keys / map entries per level. @default 100 */
  entries: number;
  /** Characters of a string. @default 10000 */
  string: number;
}

const DEFAULT_LIMITS: SerializeLimits = { depth: 6, entries: 100, string: 10_000 };

/**
 * Turns any value into a `SerializedValue`, copying it as it is now (a later mutation does not
 * change what was logged). Handles cycles, depth, getters that throw, and exotic objects.
 * @param stackMapper rewrites error stacks (sandbox URLs → file names)
 * @example serialize(['openid']) // { t: 'array', items: [{ t: 'string', v: 'openid' }], length: 1 }
 */
export function serialize(value: unknown, stackMapper: (error: Error) => Pick<SerializedError, 'stack' | 'location'> = plainStack, limits: Partial<SerializeLimits> = {}): SerializedValue {
  const max = { ...DEFAULT_LIMITS, ...limits };
  const seen = new Set<object>();

  const go = (v: unknown, depth: number): SerializedValue => {
    switch (typeof v) {
      case 'string':
        return v.length > max.string ? { t: 'string', v: v.slice(0, max.string), cut: v.length - max.string } : { t: 'string', v };
      case 'number':
        return { t: 'number', v: Object.is(v, -0) ? '-0' : String(v) };
      case 'bigint':
        return { t: 'bigint', v: `${v}n` };
      case 'boolean':
        return { t: 'boolean', v };
      case 'undefined':
        return { t: 'undefined' };
      case 'symbol':
        return { t: 'symbol', v: v.toString() };
      case 'function':
        return { t: 'function', name: v.name, isClass: /^class[\s{]/.test(Function.prototype.toString.call(v)) };
    }
    if (v === null) return { t: 'null' };
    const object = v as object;
    if (seen.has(object)) return { t: 'circular' };
    if (object instanceof Date) return { t: 'date', v: Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString() };
    if (object instanceof RegExp) return { t: 'regexp', v: String(object) };
    if (typeof URL !== 'undefined' && object instanceof URL) return { t: 'url', v: object.href };
    if (object instanceof Promise) return { t: 'promise' };
    if (depth >= max.depth) return { t: 'deep', ctor: constructorName(object), array: Array.isArray(object) };
    seen.add(object);
    try {
      if (object instanceof Error) return { t: 'error', error: serializeErrorWith(object, (x) => go(x, depth + 1), stackMapper) };
      if (Array.isArray(object) || ArrayBuffer.isView(object)) {
        const list = object as ArrayLike<unknown>;
        const items: SerializedValue[] = [];
        for (let i = 0; i < Math.min(list.length, max.entries); i++) items.push(go(list[i], depth + 1));
        return { t: 'array', items, length: list.length };
      }
      if (object instanceof Map) {
        const entries: [SerializedValue, SerializedValue][] = [];
        for (const [k, val] of object) {
          if (entries.length >= max.entries) break;
          entries.push([go(k, depth + 1), go(val, depth + 1)]);
        }
        return { t: 'map', entries, size: object.size };
      }
      if (object instanceof Set) {
        const items: SerializedValue[] = [];
        for (const item of object) {
          if (items.length >= max.entries) break;
          items.push(go(item, depth + 1));
        }
        return { t: 'set', items, size: object.size };
      }
      const keys = Object.keys(object);
      const entries = keys.slice(0, max.entries).map((key): [string, SerializedValue] => [key, go(read(object, key), depth + 1)]);
      return { t: 'object', ctor: constructorName(object), entries, more: Math.max(0, keys.length - max.entries) };
    } finally {
      seen.delete(object);
    }
  };
  return go(value, 0);
}

/** An error on its own (uncaught, or rejected from the sample), with its fields. */
export function serializeError(error: unknown, stackMapper: (error: Error) => Pick<SerializedError, 'stack' | 'location'> = plainStack): SerializedError {
  if (!(error instanceof Error)) {
    return { name: 'Uncaught', message: formatThrown(error), stack: '', location: null, fields: [] };
  }
  return serializeErrorWith(error, (x) => serialize(x, stackMapper, { depth: 4 }), stackMapper);
}

function serializeErrorWith(error: Error, go: (value: unknown) => SerializedValue, stackMapper: (error: Error) => Pick<SerializedError, 'stack' | 'location'>): SerializedError {
  const { stack, location } = stackMapper(error);
  // Error subclasses often set name/message as own fields: they are shown already.
  const fields = Object.keys(error)
    .filter((key) => key !== 'name' && key !== 'message' && key !== 'stack')
    .map((key): [string, SerializedValue] => [key, go(read(error, key))]);
  return { name: String(error.name || 'Error'), message: String(error.message), stack, location, fields };
}

function plainStack(error: Error): Pick<SerializedError, 'stack' | 'location'> {
  return { stack: error.stack ?? '', location: null };
}

function read(object: object, key: string): unknown {
  try {
    return (object as Record<string, unknown>)[key];
  } catch (error) {
    return `[getter threw: ${error instanceof Error ? error.message : String(error)}]`;
  }
}

/** `null` for plain objects (`{}` or `Object.create(null)`), else the constructor's name. */
function constructorName(object: object): string | null {
  const proto: unknown = Object.getPrototypeOf(object);
  if (proto === null || proto === Object.prototype) return null;
  const ctor = (proto as { constructor?: { name?: unknown } }).constructor;
  return typeof ctor?.name === 'string' && ctor.name !== 'Object' ? ctor.name : null;
}

function formatThrown(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Ids, codes and tokens in the formats WorkOS uses (`user_01J…` ULIDs, 6-digit one-time codes),
 * from an injectable random source so tests are deterministic.
 */

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Makes ids for one mock API instance. */
export interface IdSource {
  /** A ULID (26 Crockford base32 characters) whose time part is `now`. */
  ulid(): string;
  /** `prefix_` + a ULID, e.g. `user_01J9…`. */
  id(prefix: string): string;
  /** A numeric one-time code, 6 digits by default. */
  digits(length?: number): string;
  /** An opaque token of letters and digits. */
  token(length: number): string;
}

/**
 * @param random uniform in [0, 1), like `Math.random`
 * @param now the clock, for the time part of ULIDs
 */
export function createIdSource(random: () => number, now: () => Date): IdSource {
  const pick = (alphabet: string, length: number): string => {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
    return out;
  };
  const ulid = (): string => {
    let time = now().getTime();
    let head = '';
    for (let i = 0; i < 10; i++) {
      head = CROCKFORD[time % 32] + head;
      time = Math.floor(time / 32);
    }
    return head + pick(CROCKFORD, 16);
  };
  return {
    ulid,
    id: (prefix) => `${prefix}_${ulid()}`,
    digits: (length = 6) => pick('0123456789', length),
    token: (length) => pick(ALPHANUMERIC, length),
  };
}

/**
 * A small seeded generator (mulberry32), for reproducible ids in tests and benchmarks.
 * @example const random = seededRandom(42); random() // 0.6011…
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What `process.env` holds in a playground. `server` is a server's environment with a mock API
 * key (not a real one: the mock accepts any key, and no request leaves the page); `public` is a
 * browser, mobile or CLI app's: no key at all, so `createWorkOS({ clientId })` is really public
 * (it falls back to `WORKOS_API_KEY` when that is set).
 */
export const PLAYGROUND_ENVS = {
  server: {
    WORKOS_API_KEY: 'sk_mock_playground',
    WORKOS_CLIENT_ID: 'client_123',
    WORKOS_COOKIE_PASSWORD: 'playground-cookie-password-of-32-chars-or-more',
  },
  public: {},
} as const satisfies Record<string, Record<string, string>>;

/** Name of a playground environment, chosen per playground in MDX (`env="public"`). */
export type PlaygroundEnv = keyof typeof PLAYGROUND_ENVS;

/** One line describing an environment, shown under the editor. */
export function describeEnv(env: PlaygroundEnv): string {
  const names = Object.keys(PLAYGROUND_ENVS[env]);
  return names.length ? `process.env: ${names.join(', ')} (mock values)` : 'process.env: empty (a public client: no API key)';
}

import { findSecret, secretNote } from '../secrets';
import { seedFixtures } from './fixtures';
import { createIdSource } from './ids';
import { failure, unauthorized } from './responses';
import { matchRoute, type Route } from './router';
import { authenticateRoutes } from './routes/authenticate';
import { authorizeRoutes } from './routes/authorize';
import { directorySyncRoutes } from './routes/directory-sync';
import { mfaRoutes } from './routes/mfa';
import { organizationRoutes } from './routes/organizations';
import { ssoRoutes } from './routes/sso';
import { userRoutes } from './routes/users';
import { vaultRoutes } from './routes/vault';
import { createState, type MockContext } from './state';
import type { MockRequest, MockResult } from './types';

export type { MockRequest, MockResponse, MockResult } from './types';

/** Every endpoint the mock answers. */
export const ROUTES: readonly Route[] = [
  ...authorizeRoutes,
  ...authenticateRoutes,
  ...userRoutes,
  ...ssoRoutes,
  ...mfaRoutes,
  ...vaultRoutes,
  ...directorySyncRoutes,
  ...organizationRoutes,
];

/** The host the SDK talks to by default; the only one the mock answers. */
export const WORKOS_API_HOST = 'api.workos.com';

/** Options for `createMockApi`, mostly for deterministic tests. */
export interface MockApiOptions {
  /** @default () => new Date() */
  now?: () => Date;
  /** @default Math.random */
  random?: () => number;
}

/** A mock WorkOS API with its own state (fixtures plus whatever the code creates). */
export interface MockApi {
  handle(request: MockRequest): Promise<MockResult>;
}

/**
 * Creates a mock of the WorkOS API (`https://api.workos.com`) for the endpoints the samples
 * use, with realistic response bodies and the real API's error shapes.
 * @example
 * const api = createMockApi();
 * const { status, body } = await api.handle({ method: 'GET', url: 'https://api.workos.com/organizations/org_123', headers: { Authorization: 'Bearer sk_mock' } });
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const now = options.now ?? (() => new Date());
  const context: MockContext = { state: createState(), now, ids: createIdSource(options.random ?? Math.random, now) };
  seedFixtures(context.state);
  const explained = new Set<string>();
  let requests = 0;

  return {
    async handle(request) {
      const url = new URL(request.url);
      const headers = lowerCaseKeys(request.headers);
      const apiKey = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1];
      const body = parseBody(request.body);
      const notes: string[] = [];
      const secret = findSecret(`${apiKey ?? ''} ${typeof body.client_secret === 'string' ? body.client_secret : ''}`);
      if (secret && !explained.has(secret)) {
        explained.add(secret);
        notes.push(secretNote(secret));
      }
      const method = request.method.toUpperCase();
      const match = matchRoute(ROUTES, method, url.pathname);
      let response;
      if (!match) {
        notes.push(`The playground's mock does not implement ${method} ${url.pathname}; it answers the endpoints the samples on this site use.`);
        response = failure(404, 'not_found', `${method} ${url.pathname} is not available in the playground's mock API.`);
      } else if (match.route.apiKey && !apiKey) {
        response = unauthorized();
      } else {
        response = await match.route.handle({ method, path: url.pathname, query: url.searchParams, body, apiKey, params: match.params }, context);
      }
      requests += 1;
      return { ...response, headers: { ...response.headers, 'X-Request-ID': `req_mock_${requests}` }, notes };
    },
  };
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** JSON bodies (most endpoints) or form bodies (`/sso/token`). */
function parseBody(raw: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  const text = raw.trim();
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

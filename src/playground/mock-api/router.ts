import type { MockContext } from './state';
import type { MockResponse, RouteRequest } from './types';

/** One endpoint of the mock. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with `:name` segments, e.g. `/user_management/users/:id`. */
  path: string;
  /** Whether the real endpoint requires the API key as a bearer token. */
  apiKey: boolean;
  handle(request: RouteRequest, context: MockContext): MockResponse | Promise<MockResponse>;
}

/** A route that matched a request, with its path parameters. */
export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/**
 * Finds the route for a method and path. Literal segments win over `:params`, so
 * `/vault/v1/kv/name/:name` is not taken for `/vault/v1/kv/:id/…`.
 * @example matchRoute(routes, 'GET', '/organizations/org_123') // { route, params: { id: 'org_123' } }
 */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch | undefined {
  const segments = path.split('/').filter(Boolean);
  let best: { match: RouteMatch; literals: number } | undefined;
  for (const route of routes) {
    if (route.method !== method) continue;
    const parts = route.path.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    const matches = parts.every((part, i) => {
      const segment = segments[i] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = decodeURIComponent(segment);
        return true;
      }
      literals += 1;
      return part === segment;
    });
    if (matches && (!best || literals > best.literals)) best = { match: { route, params }, literals };
  }
  return best?.match;
}

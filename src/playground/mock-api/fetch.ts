import { WORKOS_API_HOST, type MockApi } from './index';

/** Where the console lines of mocked requests go. */
export interface MockFetchHooks {
  /** One line per request, e.g. `POST /user_management/authenticate → 200 (mock)`. */
  request(line: string): void;
  /** An explanation for the reader (shown as a console note). */
  note(text: string): void;
}

/**
 * The console line for a request the mock answered: method, path (no query: authorize URLs
 * are long and the code already shows them), status.
 * @example formatRequestLine('POST', 'https://api.workos.com/user_management/authenticate', 200) // 'POST /user_management/authenticate → 200 (mock)'
 */
export function formatRequestLine(method: string, url: string, status: number): string {
  return `${method.toUpperCase()} ${new URL(url).pathname} → ${status} (mock)`;
}

/**
 * A `fetch` that sends WorkOS API calls to the mock and refuses every other host, with a
 * message saying why (the sandbox has no network: its CSP blocks connections anyway). Follows
 * Node's semantics for redirects: `redirect: 'manual'` returns the 302 with its `Location`.
 */
export function createMockFetch(api: MockApi, hooks: MockFetchHooks): typeof fetch {
  const refuse = (method: string, url: URL): never => {
    hooks.request(`${method} ${url.origin}${url.pathname} → refused (no network in the playground)`);
    throw new TypeError(
      `fetch failed: ${url.host} was not contacted. The playground has no network; only the WorkOS API (https://${WORKOS_API_HOST}) is answered, by a mock inside this page.`,
    );
  };
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.protocol !== 'https:' || url.host !== WORKOS_API_HOST) return refuse(request.method, url);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const result = await api.handle({ method: request.method, url: request.url, headers, body });
    hooks.request(formatRequestLine(request.method, request.url, result.status));
    for (const note of result.notes) hooks.note(note);
    const location = result.headers.Location;
    if (location && result.status >= 300 && result.status < 400 && request.redirect === 'follow') {
      // Following a redirect away from the API (to your app's callback) would need the network.
      const target = new URL(location);
      if (target.host !== WORKOS_API_HOST) return refuse('GET', target);
    }
    return new Response(result.body === null ? null : JSON.stringify(result.body), { status: result.status, headers: result.headers });
  };
}

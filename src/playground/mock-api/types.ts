/** Requests and responses as the mock WorkOS API sees them (no DOM types, so it unit-tests in Node). */

/** One HTTP request to the mock, as `fetch` would send it. */
export interface MockRequest {
  method: string;
  /** Absolute URL, e.g. `https://api.workos.com/user_management/authenticate`. */
  url: string;
  /** Header names in any case. */
  headers: Record<string, string>;
  /** The raw body (JSON or form-encoded), if any. */
  body?: string | undefined;
}

/** What the mock answers. `body` is JSON-serialisable, or null for an empty body. */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** A handled request: the response plus messages for the reader (shown once per run). */
export interface MockResult extends MockResponse {
  /** Explanations for the console, e.g. that a real-looking secret key reached only the mock. */
  notes: string[];
}

/** A parsed request, handed to a route. */
export interface RouteRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** JSON or form body as an object (empty when there is none). */
  body: Record<string, unknown>;
  /** The bearer token, if any. */
  apiKey: string | undefined;
  /** Values of `:name` segments of the route's path. */
  params: Record<string, string>;
}

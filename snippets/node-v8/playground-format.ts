/** The query parameters of an authorization URL that choose how the user signs in. */
export function describeAuthorizationUrl(url: string): Record<string, string> {
  const params = new URL(url).searchParams;
  const shown = ['connection', 'organization', 'provider', 'redirect_uri', 'response_type'];
  return Object.fromEntries(shown.filter((name) => params.has(name)).map((name) => [name, params.get(name) ?? '']));
}

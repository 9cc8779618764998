import { WorkOS } from '@workos-inc/node';

const workos = new WorkOS(process.env.WORKOS_API_KEY);

// v8: a discriminated union, exactly one of connection,
// organization or provider (`domain` is gone).
const url = workos.sso.getAuthorizationUrl({
  clientId: 'client_123',
  organization: 'org_123',
  redirectUri: 'https://example.com/callback',
});

export { url };

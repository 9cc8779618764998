import { WorkOS } from '@workos-inc/node-v7';

const workos = new WorkOS(process.env.WORKOS_API_KEY);

// v7: every selector is optional, so any mix type-checks
// (`domain` is deprecated but still accepted).
const url = workos.sso.getAuthorizationUrl({
  clientId: 'client_123',
  domain: 'example.com',
  redirectUri: 'https://example.com/callback',
});

export { url };

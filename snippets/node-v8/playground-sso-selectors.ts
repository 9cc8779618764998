import { WorkOS } from '@workos-inc/node';
import { describeAuthorizationUrl } from './playground-format';

const workos = new WorkOS(process.env.WORKOS_API_KEY);
const base = { clientId: 'client_123', redirectUri: 'https://example.com/callback' };

// Exactly one selector: connection, organization or provider.
const byConnection = workos.sso.getAuthorizationUrl({ ...base, connection: 'conn_123' });
const byOrganization = workos.sso.getAuthorizationUrl({ ...base, organization: 'org_123' });
const byProvider = workos.sso.getAuthorizationUrl({ ...base, provider: 'GoogleOAuth' });
for (const url of [byConnection, byOrganization, byProvider]) console.log(describeAuthorizationUrl(url));

// After the IdP redirects back with a code (the mock IdP signs in a test user at once):
const callback = await fetch(byOrganization, { redirect: 'manual' });
const code = new URL(callback.headers.get('location') ?? '').searchParams.get('code') ?? '';
const { profile } = await workos.sso.getProfileAndToken({ code, clientId: base.clientId });
console.log('Profile:', profile.email, profile.organizationId, profile.connectionType);

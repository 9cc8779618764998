import { WorkOS } from '@workos-inc/node';

const workos = new WorkOS(process.env.WORKOS_API_KEY);
const base = { clientId: 'client_123', redirectUri: 'https://example.com/callback' };

// #region usage
// Exactly one selector: connection, organization or provider.
const byConnection = workos.sso.getAuthorizationUrl({ ...base, connection: 'conn_123' });
const byOrganization = workos.sso.getAuthorizationUrl({ ...base, organization: 'org_123' });
const byProvider = workos.sso.getAuthorizationUrl({ ...base, provider: 'GoogleOAuth' });
// #endregion usage

// #region mistake
// @ts-expect-error TS2345 connection and organization are mutually exclusive
const twoSelectors = workos.sso.getAuthorizationUrl({ ...base, connection: 'conn_123', organization: 'org_123' });
// #endregion mistake

export { byConnection, byOrganization, byProvider, twoSelectors };

import { createWorkOS } from '@workos-inc/node';

// #region usage
// Public client (browser, mobile, CLI, desktop): clientId only, no API key.
// Typed as PublicWorkOS: only PKCE-safe methods exist.
const pub = createWorkOS({ clientId: 'client_123' });

// Confidential client (server): API key + client ID, full WorkOS type.
const srv = createWorkOS({
  apiKey: process.env.WORKOS_API_KEY ?? '',
  clientId: 'client_123',
});
// #endregion usage

// #region mistake
// @ts-expect-error TS2339 listUsers needs an API key: not on PublicUserManagement
await pub.userManagement.listUsers();

await srv.userManagement.listUsers(); // OK on a confidential client
// #endregion mistake

import { createWorkOS } from '@workos-inc/node';

// Confidential client (server): API key + client ID, the full WorkOS type.
const srv = createWorkOS({ apiKey: process.env.WORKOS_API_KEY ?? '', clientId: 'client_123' });
const { data } = await srv.userManagement.listUsers();
console.log('Confidential client, listUsers():', data.map((u) => u.email));

// createWorkOS is `new WorkOS(options)`, which falls back to process.env.WORKOS_API_KEY.
// Remove it, as where public-client code runs (a browser, a phone): delete this line and the
// "public" client below sends the key and listUsers() succeeds.
delete process.env.WORKOS_API_KEY;

// Public client: clientId only, typed PublicWorkOS.
const pub = createWorkOS({ clientId: 'client_123' });
try {
  // @ts-expect-error TS2339 listUsers needs an API key: not on PublicUserManagement
  await pub.userManagement.listUsers();
} catch (error) {
  console.log('Public client, listUsers():', (error as Error).name, (error as Error).message);
}

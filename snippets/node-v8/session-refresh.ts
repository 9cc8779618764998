import { WorkOS } from '@workos-inc/node';

const workos = new WorkOS(process.env.WORKOS_API_KEY, { clientId: 'client_123' });
declare const cookieValue: string;
const session = workos.userManagement.loadSealedSession({
  sessionData: cookieValue,
  cookiePassword: process.env.WORKOS_COOKIE_PASSWORD ?? '',
});
const result = await session.refresh();
if (result.authenticated) {
  // Set result.sealedSession as the new session cookie.
}

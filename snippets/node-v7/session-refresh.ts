import { WorkOS } from '@workos-inc/node-v7';

const workos = new WorkOS(process.env.WORKOS_API_KEY, { clientId: 'client_123' });
declare const cookieValue: string;

const result = await workos.userManagement.refreshAndSealSessionData({
  sessionData: cookieValue,
  cookiePassword: process.env.WORKOS_COOKIE_PASSWORD,
});

if (result.authenticated) {
  // Set result.sealedSession as the new session cookie.
}

import { WorkOS } from '@workos-inc/node';

const workos = new WorkOS(process.env.WORKOS_API_KEY, { clientId: 'client_123' });
const cookiePassword = process.env.WORKOS_COOKIE_PASSWORD ?? '';

// Sign in (here with Magic Auth) and seal the session into a cookie value.
const { code } = await workos.userManagement.createMagicAuth({ email: 'marcelina@example.com' });
const { sealedSession } = await workos.userManagement.authenticateWithMagicAuth({
  code,
  email: 'marcelina@example.com',
  session: { sealSession: true, cookiePassword },
});

// v8: loadSealedSession, then refresh() (refreshAndSealSessionData was removed).
const session = workos.userManagement.loadSealedSession({
  sessionData: sealedSession ?? '',
  cookiePassword,
});
const result = await session.refresh();
if (result.authenticated) {
  console.log('Refreshed:', result.sessionId, result.user.email, `new cookie ${result.sealedSession?.slice(0, 16)}…`);
}

// The old cookie's refresh token was used up: refreshing it again fails.
const stale = await workos.userManagement.loadSealedSession({ sessionData: sealedSession ?? '', cookiePassword }).refresh();
console.log('Old cookie:', stale);

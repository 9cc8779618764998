import { createWorkOS } from '@workos-inc/node';

const workos = createWorkOS({ clientId: 'client_123' }); // no apiKey: a public client

// 1. Build the sign-in URL; the SDK generates state + code verifier.
const { url, state, codeVerifier } =
  await workos.userManagement.getAuthorizationUrlWithPKCE({
    redirectUri: 'myapp://callback',
    provider: 'authkit',
  });
console.log('Sign-in URL:', url);

// 2. The user signs in at `url` and AuthKit redirects to your callback.
//    (Here the mock AuthKit signs in a test user at once.)
const signIn = await fetch(url, { redirect: 'manual' });
const callback = new URL(signIn.headers.get('location') ?? '');
if (callback.searchParams.get('state') !== state) throw new Error('state mismatch');

// 3. Exchange the code, proving with the verifier that you started the flow.
const { accessToken, refreshToken, user } =
  await workos.userManagement.authenticateWithCode({
    code: callback.searchParams.get('code') ?? '',
    codeVerifier, // required for PKCE
  });
console.log('Signed in:', user.email, { accessToken: `${accessToken.slice(0, 20)}…`, refreshToken });

// A code works once: a second exchange is refused with invalid_grant.
try {
  await workos.userManagement.authenticateWithCode({ code: callback.searchParams.get('code') ?? '', codeVerifier });
} catch (error) {
  console.log('Second exchange:', (error as Error).name, (error as Error).message);
}

import { createWorkOS } from '@workos-inc/node';

declare function saveSecurely(key: string, value: string): Promise<void>;
declare function loadSecurely(key: string): Promise<string>;

// #region flow
const workos = createWorkOS({ clientId: 'client_123' }); // no apiKey

// 1. Build the sign-in URL; the SDK generates state + code verifier.
const { url, state, codeVerifier } =
  await workos.userManagement.getAuthorizationUrlWithPKCE({
    redirectUri: 'myapp://callback',
    provider: 'authkit',
  });
await saveSecurely('pkce_state', state);
await saveSecurely('pkce_verifier', codeVerifier); // must survive app restarts

// 2. Send the user to `url`. After the callback:
export async function onCallback(code: string, returnedState: string) {
  if (returnedState !== (await loadSecurely('pkce_state'))) throw new Error('state mismatch');
  const { accessToken, refreshToken, user } =
    await workos.userManagement.authenticateWithCode({
      code,
      codeVerifier: await loadSecurely('pkce_verifier'), // required for PKCE
    });
  return { accessToken, refreshToken, user };
}
// #endregion flow

export { url };

// #region usage
import { WorkOS } from '@workos-inc/node/worker';

interface Env {
  WORKOS_API_KEY: string;
  WORKOS_CLIENT_ID: string;
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    const workos = new WorkOS(env.WORKOS_API_KEY, { clientId: env.WORKOS_CLIENT_ID });
    const url = workos.userManagement.getAuthorizationUrl({
      provider: 'authkit',
      redirectUri: 'https://example.com/callback',
    });
    return Response.redirect(url, 302);
  },
};
// #endregion usage

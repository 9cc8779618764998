import type { NextRequest } from 'next/server';
import { authkit, handleAuthkitProxy } from '@workos-inc/authkit-nextjs';

export default async function proxy(request: NextRequest) {
  const { headers } = await authkit(request, {
    onSessionRefreshSuccess: async ({ accessToken, user, impersonator, organizationId }) => {
      console.log(`Session refreshed for ${user.email}`, { organizationId, impersonated: !!impersonator });
    },
    onSessionRefreshError: async ({ error, request }) => {
      // error is typed `unknown`: narrow it before reading .message
      const message = error instanceof Error ? error.message : String(error);
      console.error(`Session refresh failed on ${request.url}: ${message}`);
    },
  });

  return handleAuthkitProxy(request, headers);
}

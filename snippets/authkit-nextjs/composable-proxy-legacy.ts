import type { NextRequest } from 'next/server';
import { authkit, handleAuthkitHeaders } from '@workos-inc/authkit-nextjs';

export default async function proxy(request: NextRequest) {
  const { session, headers, authorizationUrl } = await authkit(request);
  if (!session.user && authorizationUrl) {
    // @deprecated alias of handleAuthkitProxy: same function, same arguments
    return handleAuthkitHeaders(request, headers, { redirect: authorizationUrl, redirectStatus: 307 });
  }
  return handleAuthkitHeaders(request, headers);
}

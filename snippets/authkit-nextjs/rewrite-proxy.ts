import { NextResponse, type NextRequest } from 'next/server';
import { applyResponseHeaders, authkit, partitionAuthkitHeaders } from '@workos-inc/authkit-nextjs';

export default async function proxy(request: NextRequest) {
  const { headers } = await authkit(request);
  const { requestHeaders, responseHeaders } = partitionAuthkitHeaders(request, headers);

  // Build your own response: requestHeaders reach withAuth() in the page
  const response = NextResponse.rewrite(new URL('/app/dashboard', request.url), {
    request: { headers: requestHeaders },
  });

  // Copy the browser-safe AuthKit headers (Set-Cookie, Cache-Control, Vary, ...)
  return applyResponseHeaders(response, responseHeaders);
}

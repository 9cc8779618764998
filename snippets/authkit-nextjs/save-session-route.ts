import type { NextRequest } from 'next/server';
import { getWorkOS, saveSession } from '@workos-inc/authkit-nextjs';

export async function POST(request: NextRequest) {
  const { code, pendingAuthenticationToken } = (await request.json()) as {
    code: string;
    pendingAuthenticationToken: string;
  };

  const authResponse = await getWorkOS().userManagement.authenticateWithEmailVerification({
    clientId: process.env.WORKOS_CLIENT_ID!,
    code,
    pendingAuthenticationToken,
  });

  // Accepts a Session or the AuthenticationResponse itself; 2nd arg: NextRequest or URL string
  await saveSession(authResponse, request);

  return Response.redirect(new URL('/dashboard', request.url));
}

import { NextResponse } from 'next/server';
import { validateApiKey } from '@workos-inc/authkit-nextjs';

export async function GET() {
  // Reads "Authorization: Bearer <key>" from the request and validates it with WorkOS
  const { apiKey } = await validateApiKey();

  if (!apiKey) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }

  return NextResponse.json({ organizationId: apiKey.owner.id, permissions: apiKey.permissions });
}

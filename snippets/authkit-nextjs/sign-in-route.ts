import { getSignInUrl } from '@workos-inc/authkit-nextjs';
import { redirect } from 'next/navigation';

export async function GET() {
  // state is an opaque string: serialize structured data yourself
  const signInUrl = await getSignInUrl({
    state: JSON.stringify({ teamId: 'team_123', referrer: 'homepage' }),
  });

  redirect(signInUrl);
}

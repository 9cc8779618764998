'use client';

import { useAuth } from '@workos-inc/authkit-nextjs/components';

export function UserMenu() {
  const { user, loading, role, permissions, featureFlags, signOut, switchToOrganization } = useAuth();

  if (loading) return <p>Loading…</p>;
  if (!user) return <a href="/sign-in">Sign in</a>;

  return (
    <div>
      <p>
        {user.email} ({role ?? 'no role'})
      </p>
      {permissions?.includes('billing:manage') && <a href="/billing">Billing</a>}
      {featureFlags?.includes('beta') && <span>Beta</span>}
      {/* Next.js signature: (organizationId: string, options?) */}
      <button onClick={() => switchToOrganization('org_123')}>Switch org</button>
      <button onClick={() => signOut({ returnTo: '/' })}>Sign out</button>
    </div>
  );
}

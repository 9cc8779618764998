import { useAuth } from '@workos-inc/authkit-react';

export function AdminPanel() {
  const { role, roles, permissions, featureFlags } = useAuth();

  // role / roles are null without an organization; permissions / featureFlags default to []
  const isAdmin = role === 'admin' || (roles ?? []).includes('admin');
  if (!isAdmin) return null;

  return (
    <section>
      {permissions.includes('users:manage') && <a href="/users">Manage users</a>}
      {featureFlags.includes('new-billing') && <a href="/billing">Billing (beta)</a>}
    </section>
  );
}

import { useAuth } from '@workos-inc/authkit-react';

export function Account() {
  // #region usage
  const { user, signIn, signOut, role, roles, featureFlags, permissions } = useAuth();
  // Multi-org switching
  const { switchToOrganization } = useAuth();
  // #endregion usage

  if (!user) return <button onClick={() => signIn()}>Sign in</button>;

  return (
    <div>
      <p>
        {user.email}: {role ?? 'no role'} / {roles?.join(', ')} / {permissions.length} permissions /{' '}
        {featureFlags.length} flags
      </p>
      <button onClick={() => switchToOrganization({ organizationId: 'org_123' })}>Switch to org_123</button>
      <button onClick={() => signOut()}>Sign out</button>
    </div>
  );
}

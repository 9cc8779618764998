import { getClaims, useAuth } from '@workos-inc/authkit-react';

export function useClaims() {
  const { getAccessToken } = useAuth();

  return async () => {
    const accessToken = await getAccessToken(); // throws LoginRequiredError when signed out
    const claims = getClaims<{ plan?: string }>(accessToken);
    // claims.sub, claims.sid, claims.org_id, claims.role, claims.roles,
    // claims.permissions, claims.feature_flags, claims.exp, plus your custom claims
    return { userId: claims.sub, orgId: claims.org_id, plan: claims.plan };
  };
}

import { useAuth } from '@workos-inc/authkit-react';
import { useEffect, useState } from 'react';

export function AuthLinks() {
  const { getSignInUrl, getSignUpUrl } = useAuth();
  const [urls, setUrls] = useState<{ signIn: string; signUp: string }>();

  useEffect(() => {
    // Build the AuthKit URLs without navigating (same options as signIn / signUp)
    void Promise.all([
      getSignInUrl({ loginHint: 'user@example.com' }),
      getSignUpUrl({ organizationId: 'org_123', state: { returnTo: '/welcome' } }),
    ]).then(([signIn, signUp]) => setUrls({ signIn, signUp }));
  }, [getSignInUrl, getSignUpUrl]);

  if (!urls) return null;
  return (
    <nav>
      <a href={urls.signIn}>Sign in</a>
      <a href={urls.signUp}>Create account</a>
    </nav>
  );
}

import { useAuth } from '@workos-inc/authkit-react';
import { useEffect } from 'react';

// Render at the path registered as the Sign-in endpoint, e.g. /login
export function LoginRoute() {
  const { isLoading, signIn } = useAuth();

  useEffect(() => {
    if (!isLoading) void signIn();
  }, [isLoading, signIn]);

  return <p>Redirecting…</p>;
}

import { useAuth } from '@workos-inc/authkit-react';

export function App() {
  const { isLoading, user, signIn, signUp, signOut } = useAuth();

  if (isLoading) return <p>Loading…</p>;

  if (!user) {
    return (
      <div>
        <button onClick={() => signIn()}>Sign in</button>
        <button onClick={() => signUp()}>Sign up</button>
      </div>
    );
  }

  return (
    <div>
      <p>Hello, {user.firstName ?? user.email}</p>
      <button onClick={() => signOut({ returnTo: window.location.origin })}>Sign out</button>
    </div>
  );
}

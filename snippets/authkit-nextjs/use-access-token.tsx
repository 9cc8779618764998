'use client';

import { useAccessToken } from '@workos-inc/authkit-nextjs/components';

export function Projects() {
  const { accessToken, loading, error, refresh, getAccessToken } = useAccessToken();

  async function loadProjects() {
    // getAccessToken() refreshes first if the token is stale
    const token = await getAccessToken();
    if (!token) return;
    await fetch('https://api.example.com/projects', {
      headers: { Authorization: `Bearer ${token}` },
    });
  }

  if (loading) return <p>Loading…</p>;
  if (error) return <p>Error: {error.message}</p>;
  if (!accessToken) return <p>Not signed in</p>;

  return (
    <div>
      <button onClick={loadProjects}>Load projects</button>
      <button onClick={() => refresh()}>Refresh token</button>
    </div>
  );
}

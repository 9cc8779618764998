'use client';

import { useAccessToken } from '@workos-inc/authkit-nextjs/components';

export function ThirdPartyWidget() {
  // With eagerAuth, accessToken is already set on the first render of a page load
  const { accessToken } = useAccessToken();

  return accessToken ? <div data-token-ready /> : <p>Connecting…</p>;
}

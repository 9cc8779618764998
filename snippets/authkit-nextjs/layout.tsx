import type { ReactNode } from 'react';
import { withAuth } from '@workos-inc/authkit-nextjs';
import { AuthKitProvider, Impersonation } from '@workos-inc/authkit-nextjs/components';

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Optional: pass server auth data to skip the provider's initial fetch.
  // Leave the access token out: the client does not need it.
  const { accessToken, ...initialAuth } = await withAuth();

  return (
    <html lang="en">
      <body>
        <AuthKitProvider initialAuth={initialAuth}>
          <Impersonation side="bottom" />
          {children}
        </AuthKitProvider>
      </body>
    </html>
  );
}

import { AuthKitProvider } from '@workos-inc/authkit-react';
import type { ReactNode } from 'react';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <AuthKitProvider
      clientId="client_123"
      // Refresh 60 s before the access token expires (default: 10)
      refreshBufferInterval={60}
      onRefresh={({ user, organizationId }) => console.log('refreshed', user.id, organizationId)}
      // The refresh token is dead: send the user back to AuthKit
      onRefreshFailure={({ signIn }) => {
        void signIn();
      }}
      // Typed, but not passed on to the client in authkit-react 0.16.2 (see below)
      onBeforeAutoRefresh={() => !document.hidden}
    >
      {children}
    </AuthKitProvider>
  );
}

import { AuthKitProvider } from '@workos-inc/authkit-react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

createRoot(document.getElementById('root')!).render(
  <AuthKitProvider
    clientId="client_123"
    // Production: your custom Authentication API domain (default: api.workos.com)
    apiHostname="auth.example.com"
  >
    <App />
  </AuthKitProvider>,
);

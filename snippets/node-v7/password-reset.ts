import { WorkOS } from '@workos-inc/node-v7';

const workos = new WorkOS(process.env.WORKOS_API_KEY);

// Returns Promise<void>
await workos.userManagement.sendPasswordResetEmail({
  email: 'marcelina@example.com',
  passwordResetUrl: 'https://example.com/reset-password',
});

import { WorkOS } from '@workos-inc/node';

const workos = new WorkOS(process.env.WORKOS_API_KEY);

// Returns Promise<PasswordReset> (passwordResetToken, passwordResetUrl, ...)
const passwordReset = await workos.userManagement.createPasswordReset({
  email: 'marcelina@example.com',
});

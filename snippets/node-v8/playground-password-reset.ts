import { WorkOS } from '@workos-inc/node';

const workos = new WorkOS(process.env.WORKOS_API_KEY, { clientId: 'client_123' });

// v8: createPasswordReset returns the PasswordReset; it takes no passwordResetUrl.
const passwordReset = await workos.userManagement.createPasswordReset({
  email: 'marcelina@example.com',
});
console.log(passwordReset.passwordResetUrl);

// The user follows the link and picks a new password:
const { user } = await workos.userManagement.resetPassword({
  token: passwordReset.passwordResetToken,
  newPassword: 'correct horse battery staple',
});
const signedIn = await workos.userManagement.authenticateWithPassword({
  email: user.email,
  password: 'correct horse battery staple',
});
console.log('Signed in with the new password:', signedIn.user.email);

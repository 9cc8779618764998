import { WorkOS } from '@workos-inc/node';

const workos = new WorkOS(process.env.WORKOS_API_KEY, { clientId: 'client_123' });

// v8: createMagicAuth returns the MagicAuth (sendMagicAuthCode returned nothing).
const magicAuth = await workos.userManagement.createMagicAuth({
  email: 'marcelina@example.com',
});
console.log(magicAuth);

// The user types the code from the email:
const { user, authenticationMethod } = await workos.userManagement.authenticateWithMagicAuth({
  code: magicAuth.code,
  email: magicAuth.email,
});
console.log('Signed in:', user.email, authenticationMethod);

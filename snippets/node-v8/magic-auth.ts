import { WorkOS } from '@workos-inc/node';

const workos = new WorkOS(process.env.WORKOS_API_KEY);

// Returns Promise<MagicAuth> (id, code, expiresAt, ...)
const magicAuth = await workos.userManagement.createMagicAuth({
  email: 'marcelina@example.com',
});

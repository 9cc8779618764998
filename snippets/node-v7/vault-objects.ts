import { WorkOS } from '@workos-inc/node-v7';

const workos = new WorkOS(process.env.WORKOS_API_KEY);

const { id } = await workos.vault.createSecret({
  name: 'stripe-api-key',
  value: 'rk_test_123',
  context: { organizationId: 'org_123' },
});
const secret = await workos.vault.readSecret({ id });

export { secret };

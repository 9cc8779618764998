import { WorkOS } from '@workos-inc/node';

const workos = new WorkOS(process.env.WORKOS_API_KEY);

const { id } = await workos.vault.createObject({
  name: 'stripe-api-key',
  value: 'rk_test_123',
  context: { organizationId: 'org_123' },
});
const secret = await workos.vault.readObject({ id });

export { secret };

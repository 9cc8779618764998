import { WorkOS } from '@workos-inc/node'; // 8.11.0+

const workos = new WorkOS(process.env.WORKOS_API_KEY);

// #region usage
const flags = workos.featureFlags.createRuntimeClient({ pollingIntervalMs: 30_000 });
await flags.waitUntilReady({ timeoutMs: 5_000 });

if (flags.isEnabled('new-dashboard', { organizationId: 'org_123', userId: 'user_123' })) {
  // serve the new dashboard
}

flags.close(); // stop polling on shutdown
// #endregion usage

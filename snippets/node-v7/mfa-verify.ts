import { WorkOS } from '@workos-inc/node-v7';

const workos = new WorkOS(process.env.WORKOS_API_KEY);

const { valid } = await workos.mfa.verifyFactor({
  authenticationChallengeId: 'auth_challenge_123',
  code: '123456',
});

export { valid };

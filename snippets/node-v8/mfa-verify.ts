import { WorkOS } from '@workos-inc/node';

const workos = new WorkOS(process.env.WORKOS_API_KEY);

const { valid } = await workos.mfa.verifyChallenge({
  authenticationChallengeId: 'auth_challenge_123',
  code: '123456',
});

export { valid };

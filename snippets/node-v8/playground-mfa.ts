import { WorkOS } from '@workos-inc/node';

const workos = new WorkOS(process.env.WORKOS_API_KEY);

// A generic OTP factor: WorkOS returns the code and you deliver it (SMS, email, …).
const factor = await workos.mfa.enrollFactor({ type: 'generic_otp' });
const challenge = await workos.mfa.challengeFactor({ authenticationFactorId: factor.id });

// v8: verifyChallenge (verifyFactor was removed).
const wrong = await workos.mfa.verifyChallenge({ authenticationChallengeId: challenge.id, code: '000000' });
console.log('Wrong code:', wrong.valid);

const { valid } = await workos.mfa.verifyChallenge({
  authenticationChallengeId: challenge.id,
  code: challenge.code ?? '',
});
console.log('Right code:', valid);

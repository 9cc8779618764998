import { expect, test } from 'vitest';
import { afterSide, diffSamples } from '~/lib/line-diff';

const V7 = "const workos = new WorkOS(process.env.WORKOS_API_KEY);\nawait workos.mfa.verifyFactor({ authenticationChallengeId, code });";
const V8 = "const workos = new WorkOS(process.env.WORKOS_API_KEY);\nawait workos.mfa.verifyChallenge({ authenticationChallengeId, code });";

test('marks removed and added lines', () => {
  expect(diffSamples(V7, V8).map((l) => l.kind)).toEqual(['same', 'remove', 'add']);
});

test('the copyable side is the new code only (case C8)', () => {
  expect(afterSide(diffSamples(V7, V8))).toBe(V8);
});

import type { OrganizationDomainState, OrganizationDomainVerificationStrategy } from '@workos-inc/node';
import type { MockState } from './state';

/**
 * The objects the site's samples refer to by id (`org_123`, `directory_user_123`,
 * `auth_challenge_123`, …), so a sample runs as published. Fixed timestamps keep output stable.
 */
export const FIXTURE_TIME = '2025-01-15T10:00:00.000Z';

/** The client id every sample uses. */
export const CLIENT_ID = 'client_123';

/** The user the mock AuthKit signs in, and the email the samples use. */
export const SIGNED_IN_USER = { id: 'user_123', email: 'marcelina@example.com' } as const;

/** One-time code of the seeded MFA challenge `auth_challenge_123`. */
export const SEEDED_CHALLENGE_CODE = '123456';

/** Adds the fixtures to a state. */
export function seedFixtures(state: MockState): void {
  const t = FIXTURE_TIME;
  state.organizations.set('org_123', {
    object: 'organization',
    id: 'org_123',
    name: 'Example Co',
    allow_profiles_outside_organization: false,
    domains: [
      {
        object: 'organization_domain',
        id: 'org_domain_123',
        domain: 'example.com',
        organization_id: 'org_123',
        state: 'verified' as OrganizationDomainState.Verified,
        verification_strategy: 'dns' as OrganizationDomainVerificationStrategy.Dns,
        created_at: t,
        updated_at: t,
      },
    ],
    external_id: null,
    metadata: {},
    created_at: t,
    updated_at: t,
  });
  for (const [id, email, first, last] of [
    [SIGNED_IN_USER.id, SIGNED_IN_USER.email, 'Marcelina', 'Davis'],
    ['user_456', 'rafael@example.com', 'Rafael', 'Souza'],
  ] as const) {
    state.users.set(id, {
      object: 'user',
      id,
      email,
      email_verified: true,
      profile_picture_url: null,
      first_name: first,
      last_name: last,
      last_sign_in_at: t,
      locale: null,
      metadata: {},
      created_at: t,
      updated_at: t,
    });
  }
  state.directoryUsers.set('directory_user_123', {
    object: 'directory_user',
    id: 'directory_user_123',
    directory_id: 'directory_123',
    organization_id: 'org_123',
    idp_id: '00u1a2b3c4d5e6f7g8h9',
    first_name: 'Marcelina',
    last_name: 'Davis',
    email: 'marcelina@example.com',
    state: 'active',
    role: { slug: 'member' },
    custom_attributes: {
      emails: [{ value: 'marcelina@example.com', primary: true, type: 'work' }],
      username: 'marcelina',
      job_title: 'Software Engineer',
    },
    raw_attributes: { userName: 'marcelina@example.com', title: 'Software Engineer', active: true },
    groups: [
      {
        id: 'directory_group_123',
        idp_id: '00g1a2b3c4d5e6f7g8h9',
        directory_id: 'directory_123',
        organization_id: 'org_123',
        name: 'Engineering',
        raw_attributes: {},
        created_at: t,
        updated_at: t,
      },
    ],
    created_at: t,
    updated_at: t,
  });
  state.factors.set('auth_factor_123', {
    object: 'authentication_factor',
    id: 'auth_factor_123',
    type: 'generic_otp',
    created_at: t,
    updated_at: t,
  });
  state.challenges.set('auth_challenge_123', {
    object: 'authentication_challenge',
    id: 'auth_challenge_123',
    authentication_factor_id: 'auth_factor_123',
    code: SEEDED_CHALLENGE_CODE,
    verified: false,
    created_at: t,
    updated_at: t,
    expires_at: '2099-01-01T00:00:00.000Z',
  });
}

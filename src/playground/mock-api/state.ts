import type {
  DirectoryUserWithGroupsResponse,
  MagicAuthResponse,
  OrganizationResponse,
  PasswordResetResponse,
  ReadObjectMetadataResponse,
  UserResponse,
} from '@workos-inc/node';
import type { IdSource } from './ids';

/**
 * Everything the mock remembers during one run: seeded fixtures plus what the code created
 * (codes issued by the mock AuthKit, magic auths, factors, Vault objects, …). A new run starts
 * from a fresh state.
 */
export interface MockState {
  users: Map<string, UserRecord>;
  organizations: Map<string, OrganizationResponse>;
  /** Authorization codes issued by `/user_management/authorize` or `/sso/authorize`, single use. */
  codes: Map<string, AuthorizationCode>;
  /** Refresh tokens in use; each is replaced when used (rotation). */
  refreshTokens: Map<string, SessionRecord>;
  magicAuths: Map<string, MagicAuthResponse>;
  passwordResets: Map<string, PasswordResetResponse>;
  factors: Map<string, FactorRecord>;
  challenges: Map<string, ChallengeRecord>;
  vault: Map<string, VaultRecord>;
  directoryUsers: Map<string, DirectoryUserWithGroupsResponse>;
}

/** A user, plus the password the mock checks (set through a password reset). */
export interface UserRecord extends UserResponse {
  password?: string;
}

/** What an authorization code stands for. */
export interface AuthorizationCode {
  kind: 'user_management' | 'sso';
  clientId: string;
  redirectUri: string;
  userId: string;
  organizationId?: string | undefined;
  connectionId?: string | undefined;
  /** PKCE: the S256 challenge the code was issued for. */
  codeChallenge?: string | undefined;
}

/** A signed-in session, reachable through its current refresh token. */
export interface SessionRecord {
  sessionId: string;
  userId: string;
  clientId: string;
  organizationId?: string | undefined;
}

/** An MFA factor (`generic_otp`, `totp` or `sms`). */
export interface FactorRecord {
  object: 'authentication_factor';
  id: string;
  type: 'generic_otp' | 'totp' | 'sms';
  created_at: string;
  updated_at: string;
  user_id?: string;
  totp?: { issuer: string; user: string; qr_code: string; secret: string; uri: string };
  sms?: { phone_number: string };
}

/** An MFA challenge and the code that answers it. */
export interface ChallengeRecord {
  object: 'authentication_challenge';
  id: string;
  created_at: string;
  updated_at: string;
  expires_at: string;
  authentication_factor_id: string;
  code: string;
  verified: boolean;
}

/** A Vault key-value object. */
export interface VaultRecord {
  id: string;
  name: string;
  value: string;
  metadata: ReadObjectMetadataResponse;
}

/** The services routes use: state, clock and ids. */
export interface MockContext {
  state: MockState;
  now: () => Date;
  ids: IdSource;
}

/** An empty state (see `seedFixtures` for the ids the samples use). */
export function createState(): MockState {
  return {
    users: new Map(),
    organizations: new Map(),
    codes: new Map(),
    refreshTokens: new Map(),
    magicAuths: new Map(),
    passwordResets: new Map(),
    factors: new Map(),
    challenges: new Map(),
    vault: new Map(),
    directoryUsers: new Map(),
  };
}

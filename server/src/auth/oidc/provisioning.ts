import { randomUUID } from 'node:crypto';
import type { Role } from '@konsil/shared';
import { appendAudit } from '../../audit/auditLog';
import type { Db } from '../../storage/db';
import {
  findUserByEmail,
  findUserById,
  type UserRecord,
  updateUser,
} from '../../storage/repositories/users';
import type { InstitutionProvider } from './oidcConfig';
import { findIdentityUserId, insertIdentity, touchIdentity } from './oidcRecords';
import { isTrustedEmail, mappedRole, type ProviderClaims } from './providerClaims';

export type ProvisionRefusal =
  | 'oidc_no_role'
  | 'oidc_email_unverified'
  | 'oidc_account_unavailable';

export type ProvisionOutcome =
  | { kind: 'refused'; errorId: ProvisionRefusal; userId: string | null }
  | { kind: 'ready'; user: UserRecord; isRoleChanged: boolean };

export interface ProvisionRequest {
  provider: InstitutionProvider;
  institutionId: string;
  claims: ProviderClaims;
  clientAddress: string;
  at: Date;
}

/**
 * Finds or makes the Konsil user behind a provider's subject, inside the sign-in's transaction.
 * The provider is the truth for name and role: every sign-in brings them up to date. A subject
 * seen for the first time is linked to an existing user with the same verified email of the
 * institution, or becomes a new user without a password.
 */
export async function provisionUser(trx: Db, request: ProvisionRequest): Promise<ProvisionOutcome> {
  const { provider, claims } = request;
  const role = mappedRole(provider, claims.providerRoles);
  const knownUserId = await findIdentityUserId(trx, provider.issuer, claims.subject);
  if (!role) return { kind: 'refused', errorId: 'oidc_no_role', userId: knownUserId };
  if (knownUserId) return updateKnownUser(trx, request, knownUserId, role);

  if (!isTrustedEmail(provider, claims) || !claims.email) {
    return { kind: 'refused', errorId: 'oidc_email_unverified', userId: null };
  }
  const existing = await findUserByEmail(trx, claims.email);
  if (existing) return linkExistingUser(trx, request, existing, role);
  return createUser(trx, request, claims.email, role);
}

async function updateKnownUser(
  trx: Db,
  request: ProvisionRequest,
  userId: string,
  role: Role,
): Promise<ProvisionOutcome> {
  const user = await findUserById(trx, userId);
  if (!user?.isActive || user.institution.id !== request.institutionId) {
    return { kind: 'refused', errorId: 'oidc_account_unavailable', userId };
  }
  await touchIdentity(trx, request.provider.issuer, request.claims.subject, request.at);
  return applyClaims(trx, request, user, role);
}

async function linkExistingUser(
  trx: Db,
  request: ProvisionRequest,
  user: UserRecord,
  role: Role,
): Promise<ProvisionOutcome> {
  // The same address at another institution is someone else's account: never take it over.
  if (!user.isActive || user.institution.id !== request.institutionId) {
    return { kind: 'refused', errorId: 'oidc_account_unavailable', userId: user.id };
  }
  await insertIdentity(trx, {
    issuer: request.provider.issuer,
    subject: request.claims.subject,
    userId: user.id,
    institutionId: user.institution.id,
    at: request.at,
  });
  await audit(trx, request, user.id, 'auth.oidc.linked', { role });
  return applyClaims(trx, request, user, role);
}

async function createUser(
  trx: Db,
  request: ProvisionRequest,
  email: string,
  role: Role,
): Promise<ProvisionOutcome> {
  const id = randomUUID();
  const at = request.at.toISOString();
  // No credentials row: this person signs in only through the provider.
  await trx
    .insertInto('users')
    .values({
      id,
      institution_id: request.institutionId,
      email,
      name: request.claims.name ?? email,
      role,
      specialty: null,
      is_active: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await insertIdentity(trx, {
    issuer: request.provider.issuer,
    subject: request.claims.subject,
    userId: id,
    institutionId: request.institutionId,
    at: request.at,
  });
  await audit(trx, request, id, 'auth.oidc.provisioned', { role });
  const user = await findUserById(trx, id);
  if (!user) throw new Error('The provisioned user is missing');
  return { kind: 'ready', user, isRoleChanged: false };
}

async function applyClaims(
  trx: Db,
  request: ProvisionRequest,
  user: UserRecord,
  role: Role,
): Promise<ProvisionOutcome> {
  const name = request.claims.name ?? user.name;
  const isRoleChanged = role !== user.role;
  if (!isRoleChanged && name === user.name) return { kind: 'ready', user, isRoleChanged };
  await updateUser(trx, user.id, { name, role }, request.at);
  if (isRoleChanged) {
    await audit(trx, request, user.id, 'auth.oidc.role_changed', { from: user.role, to: role });
  }
  const updated = await findUserById(trx, user.id);
  if (!updated) throw new Error('The updated user is missing');
  return { kind: 'ready', user: updated, isRoleChanged };
}

function audit(
  trx: Db,
  request: ProvisionRequest,
  userId: string,
  action: 'auth.oidc.linked' | 'auth.oidc.provisioned' | 'auth.oidc.role_changed',
  details: Record<string, string>,
) {
  return appendAudit(trx, {
    action,
    outcome: 'allowed',
    actor: { userId, institutionId: request.institutionId },
    object: { type: 'user', id: userId, institutionId: request.institutionId },
    clientAddress: request.clientAddress,
    details: { institution: request.provider.code, ...details },
    at: request.at,
  });
}

import type { Kysely } from 'kysely';
import type { Database, OidcLoginAttemptTable } from '../../storage/schema';

type Executor = Kysely<Database>;

export async function insertLoginAttempt(
  db: Executor,
  attempt: OidcLoginAttemptTable,
): Promise<void> {
  await db.insertInto('oidc_login_attempts').values(attempt).execute();
}

/**
 * Takes an attempt out of the database: whoever deletes the row owns it, so two callbacks racing
 * on two instances cannot both use it. Null when it never existed, was used, or has expired.
 */
export async function consumeLoginAttempt(
  db: Executor,
  id: string,
  now: Date,
): Promise<OidcLoginAttemptTable | null> {
  const row = await db
    .selectFrom('oidc_login_attempts')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const deleted = await db
    .deleteFrom('oidc_login_attempts')
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1) return null;
  return row.expires_at > now.toISOString() ? row : null;
}

export async function deleteExpiredLoginAttempts(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('oidc_login_attempts').where('expires_at', '<=', now.toISOString()).execute();
}

export async function findIdentityUserId(
  db: Executor,
  issuer: string,
  subject: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('user_identities')
    .select('user_id')
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
  return row?.user_id ?? null;
}

export async function insertIdentity(
  db: Executor,
  identity: { issuer: string; subject: string; userId: string; institutionId: string; at: Date },
): Promise<void> {
  await db
    .insertInto('user_identities')
    .values({
      issuer: identity.issuer,
      subject: identity.subject,
      user_id: identity.userId,
      institution_id: identity.institutionId,
      created_at: identity.at.toISOString(),
      last_login_at: identity.at.toISOString(),
    })
    .execute();
}

export async function touchIdentity(
  db: Executor,
  issuer: string,
  subject: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('user_identities')
    .set({ last_login_at: at.toISOString() })
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .execute();
}

/** Sessions a back-channel logout names: the provider's session (sid), or every session of its subject. */
export async function findProviderSessions(
  db: Executor,
  issuer: string,
  by: { sid: string } | { userId: string },
): Promise<{ id: string; userId: string }[]> {
  let query = db.selectFrom('sessions').select(['id', 'user_id']).where('oidc_issuer', '=', issuer);
  query =
    'sid' in by ? query.where('oidc_sid', '=', by.sid) : query.where('user_id', '=', by.userId);
  const rows = await query.execute();
  return rows.map((row) => ({ id: row.id, userId: row.user_id }));
}

export async function findSessionIdToken(
  db: Executor,
  sessionId: string,
): Promise<{ issuer: string; idToken: string } | null> {
  const row = await db
    .selectFrom('sessions')
    .select(['oidc_issuer', 'oidc_id_token'])
    .where('id', '=', sessionId)
    .executeTakeFirst();
  if (!row?.oidc_issuer || !row.oidc_id_token) return null;
  return { issuer: row.oidc_issuer, idToken: row.oidc_id_token };
}

import type { Kysely } from 'kysely';
import type { Database, SessionTable } from '../schema';

type Executor = Kysely<Database>;

export async function insertSession(db: Executor, session: SessionTable): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function findSession(db: Executor, id: string): Promise<SessionTable | null> {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ?? null;
}

export async function touchSession(db: Executor, id: string, at: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at.toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Every session of a user, or every one but `exceptId`. */
export async function deleteSessionsOfUser(
  db: Executor,
  userId: string,
  exceptId?: string,
): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  await query.execute();
}

/** Gives a session a new id (its token was rotated); nothing else about it changes. */
export async function renameSession(db: Executor, id: string, newId: string): Promise<void> {
  await db.updateTable('sessions').set({ id: newId }).where('id', '=', id).execute();
}

/** Removes sessions past their absolute or idle limit. */
export async function deleteExpiredSessions(
  db: Executor,
  now: Date,
  idleCutoff: Date,
): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', now.toISOString()),
        eb('last_seen_at', '<=', idleCutoff.toISOString()),
      ]),
    )
    .execute();
}

export async function existingSessionIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('sessions').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((row) => row.id));
}

import type { AuditAction } from '@konsil/shared';
import type { Db } from '../storage/db';

/** Lookups of stored rows, so tests can assert what the server really wrote. */

export async function institutionIdOf(db: Db, code: string): Promise<string> {
  const row = await db
    .selectFrom('institutions')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function userIdOf(db: Db, email: string): Promise<string> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The stored user row joined with its password credential. */
export async function storedUser(db: Db, email: string) {
  return db
    .selectFrom('users')
    .innerJoin('credentials', 'credentials.user_id', 'users.id')
    .select([
      'users.id',
      'users.institution_id',
      'users.email',
      'users.name',
      'users.role',
      'users.specialty',
      'users.is_active',
      'credentials.password_hash',
      'credentials.must_change',
    ])
    .where('users.email', '=', email)
    .executeTakeFirst();
}

export async function sessionCountOf(db: Db, userId: string): Promise<number> {
  const rows = await db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute();
  return rows.length;
}

export interface AuditFilter {
  action?: AuditAction;
  actorUserId?: string;
  objectId?: string;
}

/** Stored audit rows matching every given field, oldest first. */
export async function auditRows(db: Db, filter: AuditFilter = {}) {
  let query = db.selectFrom('audit_events').selectAll().orderBy('seq');
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.actorUserId) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.objectId) query = query.where('object_id', '=', filter.objectId);
  return query.execute();
}

/** What a refused request must leave untouched: the board's versions and every case of it. */
export async function boardState(db: Db, boardId: string) {
  const board = await db
    .selectFrom('boards')
    .select(['title', 'starts_at', 'version', 'agenda_version'])
    .where('id', '=', boardId)
    .executeTakeFirstOrThrow();
  const cases = await db
    .selectFrom('cases')
    .select(['id', 'status', 'version', 'position', 'allotted_minutes', 'consent', 'content'])
    .where('board_id', '=', boardId)
    .orderBy('id')
    .execute();
  return {
    board: {
      ...board,
      version: Number(board.version),
      agendaVersion: Number(board.agenda_version),
    },
    cases: cases.map((row) => ({
      ...row,
      version: Number(row.version),
      position: Number(row.position),
      allotted_minutes: Number(row.allotted_minutes),
      consent: Number(row.consent),
    })),
  };
}

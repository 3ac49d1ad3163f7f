import { type Participant, RoleSchema, SpecialtySchema } from '@konsil/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export async function listInstitutions(db: Kysely<Database>) {
  const rows = await db.selectFrom('institutions').selectAll().orderBy('code').execute();
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    city: row.city,
    timeZone: row.time_zone,
    color: row.color,
  }));
}

/** Active users who can be invited to boards (everyone but admins), by institution. */
export async function listInvitableUsers(
  db: Kysely<Database>,
  institutionIds: string[],
): Promise<Participant[]> {
  if (institutionIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .innerJoin('institutions', 'institutions.id', 'users.institution_id')
    .select([
      'users.id',
      'users.name',
      'users.role',
      'users.specialty',
      'institutions.id as institution_id',
      'institutions.code as institution_code',
    ])
    .where('users.institution_id', 'in', institutionIds)
    .where('users.is_active', '=', 1)
    .where('users.role', '!=', 'admin')
    .orderBy('institutions.code')
    .orderBy('users.name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    role: RoleSchema.parse(row.role),
    specialty: row.specialty === null ? null : SpecialtySchema.parse(row.specialty),
    institution: { id: row.institution_id, code: row.institution_code },
  }));
}

/** Institutions that take part in at least one board together with `institutionId`. */
export async function institutionsSharingABoard(
  db: Kysely<Database>,
  institutionId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('board_institutions as partner')
    .innerJoin('board_institutions as own', 'own.board_id', 'partner.board_id')
    .select('partner.institution_id')
    .distinct()
    .where('own.institution_id', '=', institutionId)
    .execute();
  return new Set(rows.map((row) => row.institution_id));
}

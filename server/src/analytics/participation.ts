import { ANALYTICS_SPECIALTIES, type AnalyticsFigures } from '@konsil/shared';
import { sql } from 'kysely';
import type { Db } from '../storage/db';
import type { AnalyticsScope } from './scope';
import { withScope } from './scope';

/**
 * Who attended the boards in scope (anyone with an attendance interval): different people, and
 * person × board. With an institution filter, only that institution's attendees.
 */
function attendances(db: Db, scope: AnalyticsScope) {
  return withScope(db, scope)
    .selectFrom('attendance as a')
    .innerJoin('scoped_boards as sb', 'sb.id', 'a.board_id')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .$if(scope.institutionId !== null, (qb) =>
      qb.where('a.institution_id', '=', scope.institutionId ?? ''),
    );
}

const personAtBoard = sql<string>`a.board_id || ':' || a.user_id`;

export async function participationByInstitution(
  db: Db,
  scope: AnalyticsScope,
): Promise<AnalyticsFigures['participationByInstitution']> {
  const rows = await attendances(db, scope)
    .innerJoin('institutions as i', 'i.id', 'a.institution_id')
    .select((eb) => [
      'i.id',
      'i.code',
      'i.name',
      eb.fn.count('a.user_id').distinct().as('people'),
      eb.fn.count(personAtBoard).distinct().as('attendances'),
    ])
    .groupBy(['i.id', 'i.code', 'i.name'])
    .orderBy('i.code')
    .execute();
  return rows.map((row) => ({
    institutionId: row.id,
    code: row.code,
    name: row.name,
    people: Number(row.people),
    attendances: Number(row.attendances),
  }));
}

/** Attendees by the specialty in their profile; specialties nobody attended with are left out. */
export async function participationBySpecialty(
  db: Db,
  scope: AnalyticsScope,
): Promise<AnalyticsFigures['participationBySpecialty']> {
  const specialty = sql<string>`coalesce(u.specialty, 'not_stated')`;
  const rows = await attendances(db, scope)
    .select((eb) => [
      specialty.as('specialty'),
      eb.fn.count('a.user_id').distinct().as('people'),
      eb.fn.count(personAtBoard).distinct().as('attendances'),
    ])
    .groupBy(specialty)
    .execute();
  const bySpecialty = new Map(rows.map((row) => [row.specialty, row]));
  return ANALYTICS_SPECIALTIES.flatMap((name) => {
    const row = bySpecialty.get(name);
    return row
      ? [{ specialty: name, people: Number(row.people), attendances: Number(row.attendances) }]
      : [];
  });
}

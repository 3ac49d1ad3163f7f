import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export interface NewInstitution {
  code: string;
  name: string;
  city: string;
  timeZone: string;
  locale: string;
  color: string;
}

export async function insertInstitution(
  db: Kysely<Database>,
  institution: NewInstitution,
  at: Date,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('institutions')
    .values({
      id,
      code: institution.code,
      name: institution.name,
      city: institution.city,
      time_zone: institution.timeZone,
      locale: institution.locale,
      color: institution.color,
      created_at: at.toISOString(),
    })
    .execute();
  return id;
}

export async function countInstitutions(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('institutions')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

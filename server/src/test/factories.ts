import { randomUUID } from 'node:crypto';
import type { BoardStatus, Role, Specialty } from '@konsil/shared';
import { hashPassword } from '../auth/passwords';
import type { Db } from '../storage/db';
import { insertUser } from '../storage/repositories/users';
import { DEMO_PASSWORD, type DemoInstitutionCode } from '../storage/seed/demoUsers';
import { institutionIdOf, userIdOf } from './queries';

const shortId = () => randomUUID().slice(0, 8);

// Vienna has no coordinator in the demo data, so its clinician stands in.
const DEFAULT_CREATOR: Record<DemoInstitutionCode, string> = {
  CCCC: 'coordinator.berlin@konsil.test',
  SCCC: 'coordinator.seoul@konsil.test',
  VCCC: 'oncologist.vienna@konsil.test',
};

export interface BoardOptions {
  host: DemoInstitutionCode;
  /** Institutions taking part besides the host. */
  guests?: DemoInstitutionCode[];
  /** Emails of invited participants. */
  invited?: string[];
  createdBy?: string;
  title?: string;
  status?: BoardStatus;
  startsAt?: string;
  timeZone?: string;
  durationMinutes?: number;
}

/** Stores a board straight into the database (there is no create route yet). */
export async function buildBoard(db: Db, options: BoardOptions) {
  const id = randomUUID();
  const now = new Date().toISOString();
  const title = options.title ?? `Thoracic board ${shortId()}`;
  const hostId = await institutionIdOf(db, options.host);
  const institutionIds = [hostId];
  for (const code of options.guests ?? []) institutionIds.push(await institutionIdOf(db, code));
  const participantIds: string[] = [];
  for (const email of options.invited ?? []) participantIds.push(await userIdOf(db, email));
  const createdBy = await userIdOf(db, options.createdBy ?? DEFAULT_CREATOR[options.host]);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('boards')
      .values({
        id,
        title,
        tumor_entity: 'thoracic',
        starts_at: options.startsAt ?? '2026-12-10T15:00:00.000Z',
        time_zone: options.timeZone ?? 'Europe/Berlin',
        duration_minutes: options.durationMinutes ?? 90,
        host_institution_id: hostId,
        status: options.status ?? 'scheduled',
        video_url: null,
        created_by: createdBy,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('board_institutions')
      .values(
        institutionIds.map((institutionId) => ({ board_id: id, institution_id: institutionId })),
      )
      .execute();
    if (participantIds.length > 0) {
      await trx
        .insertInto('board_participants')
        .values(participantIds.map((userId) => ({ board_id: id, user_id: userId })))
        .execute();
    }
  });
  return { id, title };
}

export interface UserOptions {
  institution: DemoInstitutionCode;
  role: Role;
  email?: string;
  name?: string;
  specialty?: Specialty | null;
  password?: string;
  mustChangePassword?: boolean;
}

/**
 * Stores a user straight into the database, bypassing the admin API (e.g. an
 * admin for Vienna, which the demo data lacks, or an email the API would refuse).
 */
export async function buildUser(db: Db, options: UserOptions) {
  const email = options.email ?? `${options.role}.${shortId()}@konsil.test`;
  const password = options.password ?? DEMO_PASSWORD;
  const id = await insertUser(db, {
    institutionId: await institutionIdOf(db, options.institution),
    email,
    name: options.name ?? `Test ${options.role} ${shortId()}`,
    role: options.role,
    specialty: options.specialty ?? null,
    passwordHash: await hashPassword(password),
    mustChangePassword: options.mustChangePassword ?? false,
    at: new Date(),
  });
  return { id, email, password };
}

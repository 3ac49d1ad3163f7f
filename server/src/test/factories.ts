import { randomUUID } from 'node:crypto';
import type {
  BoardStatus,
  CaseContent,
  CaseStatus,
  Role,
  Specialty,
  TumorEntity,
} from '@konsil/shared';
import { hashPassword } from '../auth/passwords';
import { generatePseudonym } from '../cases/pseudonym';
import { indexCase } from '../search/indexing';
import type { Db } from '../storage/db';
import { bumpAgendaVersion, findBoard, localStartDateOf } from '../storage/repositories/boards';
import { findCase, insertCase, pseudonymExists } from '../storage/repositories/cases';
import { insertUser } from '../storage/repositories/users';
import { DEMO_PASSWORD, type DemoInstitutionCode } from '../storage/seed/demoUsers';
import { incompleteLungCase, lungCase, newMrn } from './caseContent';
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
  tumorEntity?: TumorEntity | null;
  videoUrl?: string | null;
  status?: BoardStatus;
  startsAt?: string;
  timeZone?: string;
  durationMinutes?: number;
}

/**
 * Stores a board straight into the database, bypassing the create route (e.g.
 * an ended board, or one hosted by Vienna, which has no coordinator).
 */
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
  const startsAt = options.startsAt ?? '2026-12-10T15:00:00.000Z';
  const timeZone = options.timeZone ?? 'Europe/Berlin';
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('boards')
      .values({
        id,
        title,
        tumor_entity: options.tumorEntity === undefined ? 'thoracic' : options.tumorEntity,
        starts_at: startsAt,
        time_zone: timeZone,
        local_start_date: localStartDateOf({ startsAt, timeZone }),
        duration_minutes: options.durationMinutes ?? 90,
        host_institution_id: hostId,
        status: options.status ?? 'scheduled',
        video_url: options.videoUrl ?? null,
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

// The clinician who submits a case unless a test names someone else.
const DEFAULT_SUBMITTER: Record<DemoInstitutionCode, string> = {
  CCCC: 'oncologist.berlin@konsil.test',
  SCCC: 'oncologist.seoul@konsil.test',
  VCCC: 'oncologist.vienna@konsil.test',
};

export interface CaseOptions {
  board: { id: string };
  /** The institution the patient belongs to. */
  home: DemoInstitutionCode;
  /** Consent to cross-institution discussion (default true). */
  consent?: boolean;
  /** Ready for the board (default true); false leaves out staging, ECOG and the question. */
  complete?: boolean;
  /** The home institution's MRN; a fresh one unless given (null for none). */
  homeReference?: string | null;
  status?: CaseStatus;
  /** Email of the submitting user (default: the home institution's oncologist, who presents). */
  submittedBy?: string;
  allottedMinutes?: number;
  content?: Partial<CaseContent>;
}

/**
 * Stores a lung cancer case (TNM 9 cT2a cN2b cM0, UICC IIIB, ECOG 1) through the
 * repository, appended to the agenda like the create route does.
 */
export async function buildCase(db: Db, options: CaseOptions) {
  const submittedBy = options.submittedBy ?? DEFAULT_SUBMITTER[options.home];
  const submitterId = await userIdOf(db, submittedBy);
  const homeReference =
    options.homeReference === undefined ? newMrn(options.home) : options.homeReference;
  const base = options.complete === false ? incompleteLungCase : lungCase;
  const content = base(options.home, {
    consent: options.consent ?? true,
    homeReference,
    presenterId: submitterId,
    ...options.content,
  });
  let pseudonym = generatePseudonym(options.home);
  while (await pseudonymExists(db, pseudonym)) pseudonym = generatePseudonym(options.home);
  const board = await findBoard(db, options.board.id);
  if (!board) throw new Error(`buildCase: no board ${options.board.id}`);
  const id = await db.transaction().execute(async (trx) => {
    const caseId = await insertCase(trx, {
      boardId: board.id,
      homeInstitutionId: await institutionIdOf(trx, options.home),
      pseudonym,
      allottedMinutes: options.allottedMinutes ?? 10,
      status: options.status ?? 'draft',
      presenterId: content.presenterId,
      createdBy: submitterId,
      content,
      at: new Date('2026-11-25T10:00:00.000Z'),
    });
    await bumpAgendaVersion(trx, board.id, board.agendaVersion);
    const stored = await findCase(trx, board.id, caseId);
    if (stored) await indexCase(trx, stored, new Date());
    return caseId;
  });
  return { id, boardId: board.id, pseudonym, homeReference, content };
}

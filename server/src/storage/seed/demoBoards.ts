import { randomUUID } from 'node:crypto';
import {
  assessReadiness,
  type BoardStatus,
  CaseContentSchema,
  type CaseStatus,
  instantFromWallClock,
  localDateAndTime,
} from '@konsil/shared';
import { generatePseudonym } from '../../cases/pseudonym';
import type { Db } from '../db';
import { insertBoard } from '../repositories/boards';
import { insertCase, pseudonymExists, updateCaseStatus } from '../repositories/cases';
import { storeNoteSnapshot } from '../repositories/noteDocuments';
import type { DaysAgo, DemoCase } from './demoCaseKit';
import { berlinUpcomingCases } from './demoCasesBerlin';
import { pastBoardCases } from './demoCasesPast';
import { seoulUpcomingCases } from './demoCasesSeoul';
import { seedDemoHistory } from './demoHistory';
import { seedDemoMinutes } from './demoMinutes';
import { demoNotesState } from './demoNotes';
import { DEMO_INSTITUTIONS, DEMO_USERS } from './demoUsers';

export const DEMO_BOARD_TITLE = 'Joint Thoracic Tumor Board';
export const DEMO_HOST_ZONE = 'Europe/Berlin';
/** The next board a few days after seeding, the previous one four weeks before. */
export const DEMO_UPCOMING_IN_DAYS = 5;
export const DEMO_PAST_DAYS_AGO = 28;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Ids of what the seed stored, by institution code and by user email. */
export interface DemoDirectory {
  institutionIds: ReadonlyMap<string, string>;
  userIds: ReadonlyMap<string, string>;
}

function idOf(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Unknown demo entry ${key}`);
  return id;
}

/** 08:00 Berlin time on the Berlin calendar day `days` from `now` (negative: before). */
export function berlinMorning(now: Date, days: number): Date {
  const { date } = localDateAndTime(new Date(now.getTime() + days * DAY_MS), DEMO_HOST_ZONE);
  const start = instantFromWallClock(`${date}T08:00`, DEMO_HOST_ZONE);
  if (!start) throw new Error(`08:00 does not exist in ${DEMO_HOST_ZONE} on ${date}`);
  return start;
}

/** Clinical dates counted back from `now` on the home institution's calendar. */
export function daysAgoIn(now: Date, timeZone: string): DaysAgo {
  return (days) => {
    if (days < 1) throw new Error('Demo clinical dates lie at least one day back');
    return localDateAndTime(new Date(now.getTime() - days * DAY_MS), timeZone).date;
  };
}

function daysAgoAt(code: DemoCase['institution'], now: Date): DaysAgo {
  const institution = DEMO_INSTITUTIONS.find((candidate) => candidate.code === code);
  if (!institution) throw new Error(`Unknown demo institution ${code}`);
  return daysAgoIn(now, institution.timeZone);
}

/** The upcoming cases in agenda order, alternating between the two centers. */
export function upcomingDemoCases(now: Date): DemoCase[] {
  const [nsclc, mesothelioma, squamous] = berlinUpcomingCases(daysAgoAt('CCCC', now));
  const [smallCell, thymoma] = seoulUpcomingCases(daysAgoAt('SCCC', now));
  return [nsclc, smallCell, mesothelioma, thymoma, squamous].filter(
    (item): item is DemoCase => item !== undefined,
  );
}

/** Everyone from Berlin and Seoul except the admins (who manage users, not patients). */
export function jointBoardInvitees(): string[] {
  return DEMO_USERS.filter((user) => user.institution !== 'VCCC' && user.role !== 'admin').map(
    (user) => user.email,
  );
}

/** A joint thoracic board hosted by Berlin with Seoul taking part. */
export async function insertJointBoard(
  db: Db,
  directory: DemoDirectory,
  board: { title: string; startsAt: Date; status: BoardStatus; createdAt: Date },
): Promise<string> {
  const hostId = idOf(directory.institutionIds, 'CCCC');
  return insertBoard(
    db,
    {
      title: board.title,
      tumorEntity: 'thoracic',
      startsAt: board.startsAt.toISOString(),
      timeZone: DEMO_HOST_ZONE,
      durationMinutes: 90,
      hostInstitutionId: hostId,
      videoUrl: 'https://video.charite.example/joint-thoracic',
      institutionIds: [hostId, idOf(directory.institutionIds, 'SCCC')],
      participantIds: jointBoardInvitees().map((email) => idOf(directory.userIds, email)),
    },
    {
      createdBy: idOf(directory.userIds, 'coordinator.berlin@konsil.test'),
      at: board.createdAt,
      status: board.status,
    },
  );
}

async function uniquePseudonym(db: Db, institutionCode: string): Promise<string> {
  let pseudonym = generatePseudonym(institutionCode);
  while (await pseudonymExists(db, pseudonym)) pseudonym = generatePseudonym(institutionCode);
  return pseudonym;
}

const STATUS_PATH: Record<DemoCase['status'], CaseStatus[]> = {
  submitted: [],
  ready: ['ready'],
  decided: ['ready', 'decided'],
};

/**
 * Stores one case, parsed with the shared contract (so the demo cannot drift
 * from it), submitted at `submittedAt` and moved on to its status at `movedAt`.
 * Refuses to mark an incomplete case ready or decided.
 */
export async function insertDemoCase(
  db: Db,
  directory: DemoDirectory,
  boardId: string,
  item: DemoCase,
  times: { submittedAt: Date; movedAt: Date },
): Promise<string> {
  const presenterId = idOf(directory.userIds, item.presenter);
  const content = CaseContentSchema.parse({ ...item.content, presenterId });
  const { isReady, missing } = assessReadiness(content);
  if (item.status !== 'submitted' && !isReady) {
    throw new Error(`Demo case ${content.homeReference} is ${item.status} but lacks ${missing}`);
  }
  const id = await insertCase(db, {
    boardId,
    homeInstitutionId: idOf(directory.institutionIds, item.institution),
    pseudonym: await uniquePseudonym(db, item.institution),
    allottedMinutes: item.allottedMinutes,
    status: 'submitted',
    presenterId,
    createdBy: presenterId,
    content,
    at: times.submittedAt,
  });
  if (item.notes) await storeNoteSnapshot(db, id, demoNotesState(item.notes), times.submittedAt);
  for (const [index, status] of STATUS_PATH[item.status].entries()) {
    if (!(await updateCaseStatus(db, id, index + 1, status, times.movedAt)))
      throw new Error(`Demo case ${id} could not move to ${status}`);
  }
  return id;
}

/** The next joint thoracic board with five cases, and the previous one, ended and decided. */
export async function seedDemoBoards(db: Db, directory: DemoDirectory, now: Date): Promise<void> {
  const before = (ms: number) => new Date(now.getTime() - ms);

  const upcomingId = await insertJointBoard(db, directory, {
    title: DEMO_BOARD_TITLE,
    startsAt: berlinMorning(now, DEMO_UPCOMING_IN_DAYS),
    status: 'scheduled',
    createdAt: before(12 * DAY_MS),
  });
  for (const [index, item] of upcomingDemoCases(now).entries()) {
    await insertDemoCase(db, directory, upcomingId, item, {
      submittedAt: before(4 * DAY_MS - index * HOUR_MS),
      movedAt: before(DAY_MS),
    });
  }

  const pastStart = berlinMorning(now, -DEMO_PAST_DAYS_AGO);
  const pastId = await insertJointBoard(db, directory, {
    title: DEMO_BOARD_TITLE,
    startsAt: pastStart,
    status: 'ended',
    createdAt: before((DEMO_PAST_DAYS_AGO + 14) * DAY_MS),
  });
  let elapsedMinutes = 0;
  const pastCases = pastBoardCases(daysAgoAt('CCCC', now), daysAgoAt('SCCC', now));
  const pastCaseIds: string[] = [];
  for (const [index, item] of pastCases.entries()) {
    elapsedMinutes += item.allottedMinutes;
    const caseId = await insertDemoCase(db, directory, pastId, item, {
      submittedAt: new Date(pastStart.getTime() - 3 * DAY_MS + index * HOUR_MS),
      // Decided at the end of its slot in the session.
      movedAt: new Date(pastStart.getTime() + elapsedMinutes * 60_000),
    });
    pastCaseIds.push(caseId);
  }
  await seedDemoMinutes(
    db,
    directory,
    { id: pastId, startsAt: pastStart, ranMinutes: 60, invitees: jointBoardInvitees() },
    pastCaseIds,
  );
  await seedDemoDiscussions(db, pastId);
  await seedDemoHistory(db, directory, now);
}

/**
 * How long each case of an ended demo board was current, as the live board records it: from the
 * board's start, or the previous case's closing, to the case's own closing.
 */
async function seedDemoDiscussions(db: Db, boardId: string): Promise<void> {
  const board = await db
    .selectFrom('boards')
    .select('started_at')
    .where('id', '=', boardId)
    .executeTakeFirstOrThrow();
  const closings = await db
    .selectFrom('case_events')
    .select(['case_id', 'at'])
    .where('board_id', '=', boardId)
    .where('kind', '=', 'closed')
    .orderBy('at')
    .execute();
  let cursor = board.started_at;
  for (const closing of closings) {
    if (!cursor) break;
    await db
      .insertInto('case_discussions')
      .values({
        id: randomUUID(),
        board_id: boardId,
        case_id: closing.case_id,
        started_at: cursor,
        ended_at: closing.at,
      })
      .execute();
    cursor = closing.at;
  }
}

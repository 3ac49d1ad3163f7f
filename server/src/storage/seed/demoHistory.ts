/**
 * Earlier boards for the analytics page: two series over the months before the past joint
 * board, each board ended with its cases decided, deferred, re-presented or carried over, the
 * time each case was current, and who attended. Every date is relative to `now`.
 */

import { randomUUID } from 'node:crypto';
import {
  CaseContentSchema,
  type CaseStatus,
  instantFromWallClock,
  localDateAndTime,
  type TumorEntity,
} from '@konsil/shared';
import { generatePseudonym } from '../../cases/pseudonym';
import { generateMinutes } from '../../minutes/generateMinutes';
import type { Db } from '../db';
import { closeAttendance, openAttendance, setBoardStatus } from '../repositories/boardSessions';
import { findBoard, insertBoard } from '../repositories/boards';
import { appendCaseEvent } from '../repositories/caseEvents';
import { closeCase, insertCase, pseudonymExists, updateCaseStatus } from '../repositories/cases';
import { saveRecommendation } from '../repositories/decisions';
import { type DemoDirectory, daysAgoIn, jointBoardInvitees } from './demoBoards';
import type { DemoCase } from './demoCaseKit';
import { pastBoardCases } from './demoCasesPast';
import { HISTORY_RECOMMENDATIONS } from './demoHistoryDecisions';
import { signDemoMinutes } from './demoMinutes';
import { DEMO_USERS } from './demoUsers';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

interface Series {
  title: string;
  host: 'CCCC' | 'SCCC';
  timeZone: string;
  localTime: string;
  entity: TumorEntity;
  /** Days before seeding, oldest first. */
  daysAgo: number[];
}

/** Berlin's monthly review in its afternoon; Seoul's board in its afternoon, Berlin's morning. */
const SERIES: Series[] = [
  {
    title: 'Thoracic Oncology Review',
    host: 'CCCC',
    timeZone: 'Europe/Berlin',
    localTime: '16:00',
    entity: 'thoracic',
    daysAgo: [147, 119, 91, 63],
  },
  {
    title: 'Seoul Interdisciplinary Tumor Board',
    host: 'SCCC',
    timeZone: 'Asia/Seoul',
    localTime: '16:00',
    entity: 'general',
    daysAgo: [126, 84, 42],
  },
];

/** Minutes over (or under) the allotted time, taken in turn. */
const OVERRUNS = [-2, 4, 1, 6, -1, 3, 0, 8];

function idOf(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo: unknown ${key}`);
  return id;
}

function startOf(series: Series, now: Date, days: number): Date {
  const { date } = localDateAndTime(new Date(now.getTime() - days * DAY_MS), series.timeZone);
  const start = instantFromWallClock(`${date}T${series.localTime}`, series.timeZone);
  if (!start)
    throw new Error(`${series.localTime} does not exist in ${series.timeZone} on ${date}`);
  return start;
}

/** What happened to the cases on the k-th earlier board, in agenda order. */
function outcomesOf(k: number): CaseStatus[] {
  return ['decided', k % 3 === 1 ? 'deferred' : 'decided', k % 4 === 2 ? 're_present' : 'decided'];
}

interface AgendaItem {
  caseId: string;
  allottedMinutes: number;
  outcome: CaseStatus;
}

export async function seedDemoHistory(db: Db, directory: DemoDirectory, now: Date): Promise<void> {
  const coordinator = idOf(directory.userIds, 'coordinator.berlin@konsil.test');
  const counters = { board: 0, recommendation: 0, reference: 0 };
  for (const series of SERIES) {
    const boards = [];
    for (const days of series.daysAgo) {
      boards.push({ days, ...(await insertSeriesBoard(db, directory, series, now, days)) });
    }
    let carried: AgendaItem | null = null;
    for (const [index, board] of boards.entries()) {
      const k = counters.board;
      // Clinical dates as they were five weeks before seeding, moved back to this board.
      const shift = board.days - 35;
      const cases = pastBoardCases(
        (d) => daysAgoIn(now, 'Europe/Berlin')(d + shift),
        (d) => daysAgoIn(now, 'Asia/Seoul')(d + shift),
      );
      const agenda: AgendaItem[] = carried ? [carried] : [];
      const outcomes = outcomesOf(k);
      for (const [j, item] of cases.entries()) {
        const submittedAt = new Date(board.start.getTime() - (4 + ((k * 5 + j * 7) % 24)) * DAY_MS);
        const caseId = await insertHistoryCase(
          db,
          directory,
          board.id,
          item,
          counters,
          submittedAt,
        );
        agenda.push({
          caseId,
          allottedMinutes: item.allottedMinutes,
          outcome: outcomes[j] ?? 'decided',
        });
      }
      const startedAt = new Date(board.start.getTime() + 2 * MINUTE_MS);
      let cursor = startedAt;
      for (const [j, entry] of agenda.entries()) {
        const minutes = entry.allottedMinutes + (OVERRUNS[(k + j) % OVERRUNS.length] ?? 0);
        const endedAt = new Date(cursor.getTime() + minutes * MINUTE_MS);
        await db
          .insertInto('case_discussions')
          .values({
            id: randomUUID(),
            board_id: board.id,
            case_id: entry.caseId,
            started_at: cursor.toISOString(),
            ended_at: endedAt.toISOString(),
          })
          .execute();
        cursor = endedAt;
        await closeHistoryCase(db, board.id, entry, counters, coordinator, cursor);
      }
      const endedAt = new Date(cursor.getTime() + 5 * MINUTE_MS);
      await setBoardStatus(db, board.id, 'live', startedAt);
      await setBoardStatus(db, board.id, 'ended', endedAt);
      await attend(db, directory, board.id, k, startedAt, endedAt);
      const next = boards[index + 1];
      carried =
        next && index % 2 === 0
          ? await carryOver(
              db,
              directory,
              { from: board.id, endedAt, to: next.id },
              counters,
              coordinator,
            )
          : null;
      await signHistoryMinutes(db, directory, series, board.id, endedAt);
      counters.board += 1;
    }
  }
}

/** Signed by the host's coordinator two hours after the end, as a board's minutes normally are. */
async function signHistoryMinutes(
  db: Db,
  directory: DemoDirectory,
  series: Series,
  boardId: string,
  endedAt: Date,
): Promise<void> {
  const board = await findBoard(db, boardId);
  if (!board) throw new Error('Demo: history board missing');
  await signDemoMinutes(db, boardId, await generateMinutes(db, board), 1, {
    email:
      series.host === 'CCCC' ? 'coordinator.berlin@konsil.test' : 'coordinator.seoul@konsil.test',
    at: new Date(endedAt.getTime() + 2 * 60 * MINUTE_MS),
    reason: null,
    directory,
  });
}

async function insertSeriesBoard(
  db: Db,
  directory: DemoDirectory,
  series: Series,
  now: Date,
  days: number,
): Promise<{ id: string; start: Date }> {
  const start = startOf(series, now, days);
  const id = await insertBoard(
    db,
    {
      title: series.title,
      tumorEntity: series.entity,
      startsAt: start.toISOString(),
      timeZone: series.timeZone,
      durationMinutes: 60,
      hostInstitutionId: idOf(directory.institutionIds, series.host),
      videoUrl: null,
      institutionIds: ['CCCC', 'SCCC'].map((code) => idOf(directory.institutionIds, code)),
      participantIds: jointBoardInvitees().map((email) => idOf(directory.userIds, email)),
    },
    {
      createdBy: idOf(directory.userIds, 'coordinator.berlin@konsil.test'),
      at: new Date(start.getTime() - 21 * DAY_MS),
      status: 'ended',
    },
  );
  return { id, start };
}

/** A case from the past board's set with a home reference of its own, ready on the agenda. */
async function insertHistoryCase(
  db: Db,
  directory: DemoDirectory,
  boardId: string,
  item: DemoCase,
  counters: { reference: number },
  submittedAt: Date,
): Promise<string> {
  counters.reference += 1;
  const homeReference =
    item.institution === 'CCCC'
      ? `CH-4712-${String(100 + counters.reference).padStart(4, '0')}`
      : `SMC-2025-${String(300 + counters.reference).padStart(5, '0')}`;
  const presenterId = idOf(directory.userIds, item.presenter);
  const content = CaseContentSchema.parse({ ...item.content, homeReference, presenterId });
  let pseudonym = generatePseudonym(item.institution);
  while (await pseudonymExists(db, pseudonym)) pseudonym = generatePseudonym(item.institution);
  const caseId = await insertCase(db, {
    boardId,
    homeInstitutionId: idOf(directory.institutionIds, item.institution),
    pseudonym,
    allottedMinutes: item.allottedMinutes,
    status: 'submitted',
    presenterId,
    createdBy: presenterId,
    content,
    at: submittedAt,
  });
  await updateCaseStatus(db, caseId, 1, 'ready', new Date(submittedAt.getTime() + DAY_MS));
  return caseId;
}

/** Closed as the live board records it; decided cases get the next recommendation in turn. */
async function closeHistoryCase(
  db: Db,
  boardId: string,
  entry: AgendaItem,
  counters: { recommendation: number },
  coordinator: string,
  at: Date,
) {
  const { caseId, outcome } = entry;
  const reason = outcome === 'deferred' ? 'PET-CT ausstehend / PET-CT 결과 대기' : null;
  const content = HISTORY_RECOMMENDATIONS[counters.recommendation % HISTORY_RECOMMENDATIONS.length];
  if (outcome === 'decided' && content) {
    counters.recommendation += 1;
    await saveRecommendation(db, { caseId, expectedVersion: 0, content }, coordinator, at);
  }
  await closeCase(db, caseId, outcome, reason, at);
  await appendCaseEvent(db, {
    caseId,
    kind: 'closed',
    boardId,
    outcome,
    reason,
    actorId: coordinator,
    at,
  });
}

/** Everyone invited except a different few each time, from the start (or a little later) to the end. */
async function attend(
  db: Db,
  directory: DemoDirectory,
  boardId: string,
  k: number,
  startedAt: Date,
  endedAt: Date,
) {
  for (const [index, email] of jointBoardInvitees().entries()) {
    if ((index + k) % 4 === 0) continue;
    const user = DEMO_USERS.find((entry) => entry.email === email);
    if (!user) continue;
    const userId = idOf(directory.userIds, email);
    const institutionId = idOf(directory.institutionIds, user.institution);
    const at = new Date(startedAt.getTime() + (index % 3) * MINUTE_MS);
    await openAttendance(db, { boardId, userId, institutionId, at });
    await closeAttendance(db, boardId, userId, endedAt);
  }
}

/**
 * A Seoul case the board did not reach: marked not discussed when it ended, carried over the
 * next day to the next board of the series, where it is discussed first.
 */
async function carryOver(
  db: Db,
  directory: DemoDirectory,
  move: { from: string; endedAt: Date; to: string },
  counters: { reference: number },
  coordinator: string,
): Promise<AgendaItem | null> {
  const [, seoulCase] = pastBoardCases(
    daysAgoIn(move.endedAt, 'Europe/Berlin'),
    daysAgoIn(move.endedAt, 'Asia/Seoul'),
  );
  if (!seoulCase) return null;
  const submittedAt = new Date(move.endedAt.getTime() - 10 * DAY_MS);
  const caseId = await insertHistoryCase(db, directory, move.to, seoulCase, counters, submittedAt);
  await appendCaseEvent(db, {
    caseId,
    kind: 'not_discussed',
    boardId: move.from,
    actorId: null,
    at: move.endedAt,
  });
  await appendCaseEvent(db, {
    caseId,
    kind: 'carried_over',
    boardId: move.from,
    toBoardId: move.to,
    actorId: coordinator,
    at: new Date(move.endedAt.getTime() + DAY_MS),
  });
  return { caseId, allottedMinutes: seoulCase.allottedMinutes, outcome: 'decided' };
}

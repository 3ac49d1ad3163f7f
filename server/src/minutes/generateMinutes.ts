import type { CaseEvent, MinutesCase, MinutesContent } from '@konsil/shared';
import { stageSummary } from '../presenters/case';
import { tallyOf } from '../presenters/decision';
import type { Db } from '../storage/db';
import type { BoardRecord } from '../storage/repositories/boards';
import { listCaseEvents, listCaseIdsCarriedFrom } from '../storage/repositories/caseEvents';
import {
  type CaseRecord,
  findBoardIdOfCase,
  findCase,
  listCasesOfBoard,
} from '../storage/repositories/cases';
import { findRecommendation, listPositions } from '../storage/repositories/decisions';
import {
  boardTimes,
  findDraftSummary,
  listAttendanceWithPeople,
} from '../storage/repositories/minutes';
import { loadNoteDocument } from '../storage/repositories/noteDocuments';
import { attendanceOf } from './attendance';
import { notesTextOf } from './notesText';

/**
 * Minutes are shared with every institution of the board, so they hold only
 * cases every one of them may read: consented cases, or all cases of a board
 * with a single institution. Home references never enter them.
 */
export function belongsInMinutes(board: BoardRecord, item: CaseRecord): boolean {
  return item.consent || board.institutions.every((entry) => entry.id === item.homeInstitution.id);
}

/**
 * What of a case's history belongs in this board's minutes: what happened on this board, and
 * the carry-over that brought the case here from an earlier one.
 */
function historyOn(boardId: string, history: readonly CaseEvent[]): CaseEvent[] {
  return history.filter((event) => event.board.id === boardId || event.toBoard?.id === boardId);
}

/** What the minutes say of a case before its discussion: who, what, and the question asked. */
function caseFactsOf(item: CaseRecord) {
  const icd10 = item.content.diagnosis.icd10;
  return {
    caseId: item.id,
    pseudonym: item.pseudonym,
    homeInstitutionCode: item.homeInstitution.code,
    diagnosis: icd10 ? `${icd10.code} ${icd10.text}` : null,
    stage: stageSummary(item),
    question: item.content.question,
  };
}

async function minutesCaseOf(db: Db, boardId: string, item: CaseRecord): Promise<MinutesCase> {
  const [recommendation, positions, notes, history] = await Promise.all([
    findRecommendation(db, item.id),
    listPositions(db, item.id),
    loadNoteDocument(db, item.id),
    listCaseEvents(db, item.id),
  ]);
  const currentVersion = recommendation?.version ?? null;
  return {
    ...caseFactsOf(item),
    position: item.position,
    notes: notesTextOf(notes),
    recommendation: recommendation?.content ?? null,
    recommendationVersion: currentVersion,
    positions: positions.map((entry) => ({
      name: entry.participant.name,
      institutionCode: entry.participant.institution.code,
      position: entry.position,
      note: entry.note,
      recommendationVersion: entry.recommendationVersion,
    })),
    tally: tallyOf(positions, currentVersion),
    status: item.status,
    statusReason: item.statusReason,
    history: historyOn(boardId, history),
  };
}

/**
 * A case this board did not reach and that was carried over to a later board: listed here as
 * not discussed, with the carry-over naming where it went. Its notes, recommendation and
 * positions belong to the board that discusses it and are not repeated here.
 */
async function carriedAwayCaseOf(
  db: Db,
  boardId: string,
  item: CaseRecord,
  position: number,
): Promise<MinutesCase> {
  return {
    ...caseFactsOf(item),
    position,
    notes: '',
    recommendation: null,
    recommendationVersion: null,
    positions: [],
    tally: { agree: 0, disagree: 0, abstain: 0 },
    status: 'not_discussed',
    statusReason: null,
    history: historyOn(boardId, await listCaseEvents(db, item.id)),
  };
}

/** The cases carried from this board to later ones, as they are now (on their new board). */
async function casesCarriedFrom(db: Db, board: BoardRecord): Promise<CaseRecord[]> {
  const found: CaseRecord[] = [];
  for (const caseId of await listCaseIdsCarriedFrom(db, board.id)) {
    const boardId = await findBoardIdOfCase(db, caseId);
    // Carried back here later: it is on this board's agenda and listed with it.
    if (!boardId || boardId === board.id) continue;
    const item = await findCase(db, boardId, caseId);
    if (item) found.push(item);
  }
  return found.sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
}

/** The minutes as they stand now: what a draft shows and what signing stores. */
export async function generateMinutes(db: Db, board: BoardRecord): Promise<MinutesContent> {
  const host = board.institutions.find((entry) => entry.id === board.hostInstitutionId);
  const institutionOf = (entry: { code: string; name: string; timeZone: string }) => ({
    code: entry.code,
    name: entry.name,
    timeZone: entry.timeZone,
  });
  const [times, attendance, cases, carriedAway, summary] = await Promise.all([
    boardTimes(db, board.id),
    listAttendanceWithPeople(db, board.id),
    listCasesOfBoard(db, board.id),
    casesCarriedFrom(db, board),
    findDraftSummary(db, board.id),
  ]);
  const included = cases.filter((item) => belongsInMinutes(board, item));
  // Carried cases left the agenda; they follow it, numbered on from its last case.
  const lastPosition = Math.max(0, ...included.map((item) => item.position));
  const carried = carriedAway.filter((item) => belongsInMinutes(board, item));
  return {
    board: {
      id: board.id,
      title: board.title,
      tumorEntity: board.tumorEntity,
      startsAt: board.startsAt,
      timeZone: board.timeZone,
      startedAt: times.startedAt,
      endedAt: times.endedAt,
      host: institutionOf(host ?? (board.institutions[0] as (typeof board.institutions)[number])),
      institutions: board.institutions.map(institutionOf),
    },
    attendance: attendanceOf(attendance, times),
    cases: [
      ...(await Promise.all(included.map((item) => minutesCaseOf(db, board.id, item)))),
      ...(await Promise.all(
        carried.map((item, index) =>
          carriedAwayCaseOf(db, board.id, item, lastPosition + index + 1),
        ),
      )),
    ],
    summary,
  };
}

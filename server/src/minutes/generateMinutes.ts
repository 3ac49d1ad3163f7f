import type { AttendanceEntry, MinutesCase, MinutesContent } from '@konsil/shared';
import { stageSummary } from '../presenters/case';
import { tallyOf } from '../presenters/decision';
import type { Db } from '../storage/db';
import type { BoardRecord } from '../storage/repositories/boards';
import { type CaseRecord, listCasesOfBoard } from '../storage/repositories/cases';
import { findRecommendation, listPositions } from '../storage/repositories/decisions';
import {
  type AttendanceRow,
  boardTimes,
  findDraftSummary,
  listAttendanceWithPeople,
} from '../storage/repositories/minutes';
import { loadNoteDocument } from '../storage/repositories/noteDocuments';
import { notesTextOf } from './notesText';

/**
 * Minutes are shared with every institution of the board, so they hold only
 * cases every one of them may read: consented cases, or all cases of a board
 * with a single institution. Home references never enter them.
 */
export function belongsInMinutes(board: BoardRecord, item: CaseRecord): boolean {
  return item.consent || board.institutions.every((entry) => entry.id === item.homeInstitution.id);
}

export function attendanceOf(rows: readonly AttendanceRow[]): AttendanceEntry[] {
  const byUser = new Map<string, AttendanceEntry>();
  for (const row of rows) {
    const entry = byUser.get(row.userId) ?? {
      name: row.name,
      role: row.role,
      institutionCode: row.institutionCode,
      intervals: [],
    };
    entry.intervals.push({ from: row.joinedAt, to: row.leftAt });
    byUser.set(row.userId, entry);
  }
  return [...byUser.values()].sort(
    (a, b) => a.institutionCode.localeCompare(b.institutionCode) || a.name.localeCompare(b.name),
  );
}

async function minutesCaseOf(db: Db, item: CaseRecord): Promise<MinutesCase> {
  const [recommendation, positions, notes] = await Promise.all([
    findRecommendation(db, item.id),
    listPositions(db, item.id),
    loadNoteDocument(db, item.id),
  ]);
  const icd10 = item.content.diagnosis.icd10;
  return {
    caseId: item.id,
    position: item.position,
    pseudonym: item.pseudonym,
    homeInstitutionCode: item.homeInstitution.code,
    diagnosis: icd10 ? `${icd10.code} ${icd10.text}` : null,
    stage: stageSummary(item),
    question: item.content.question,
    notes: notesTextOf(notes),
    recommendation: recommendation?.content ?? null,
    positions: positions.map((entry) => ({
      name: entry.participant.name,
      institutionCode: entry.participant.institution.code,
      position: entry.position,
      note: entry.note,
    })),
    tally: tallyOf(positions, recommendation?.version ?? null),
    status: item.status,
    statusReason: item.statusReason,
  };
}

/** The minutes as they stand now: what a draft shows and what signing stores. */
export async function generateMinutes(db: Db, board: BoardRecord): Promise<MinutesContent> {
  const host = board.institutions.find((entry) => entry.id === board.hostInstitutionId);
  const institutionOf = (entry: { code: string; name: string; timeZone: string }) => ({
    code: entry.code,
    name: entry.name,
    timeZone: entry.timeZone,
  });
  const [times, attendance, cases, summary] = await Promise.all([
    boardTimes(db, board.id),
    listAttendanceWithPeople(db, board.id),
    listCasesOfBoard(db, board.id),
    findDraftSummary(db, board.id),
  ]);
  const included = cases.filter((item) => belongsInMinutes(board, item));
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
    attendance: attendanceOf(attendance),
    cases: await Promise.all(included.map((item) => minutesCaseOf(db, item))),
    summary,
  };
}

import type { Db } from '../../storage/db';
import type { BoardRecord } from '../../storage/repositories/boards';
import type { CaseRecord } from '../../storage/repositories/cases';
import { findRecommendation, listPositions } from '../../storage/repositories/decisions';
import { boardTimes, listSignedMinutes } from '../../storage/repositories/minutes';
import type { CaseExport, ExportInput } from './bundle';

/** A case's decision as stored: the current recommendation and every position. */
export async function loadCaseExport(
  db: Db,
  item: CaseRecord,
  withHomeReference: boolean,
): Promise<CaseExport> {
  const [recommendation, positions] = await Promise.all([
    findRecommendation(db, item.id),
    listPositions(db, item.id),
  ]);
  return { item, withHomeReference, recommendation, positions };
}

/** What the export needs of the board itself: when it was held and its latest signed minutes. */
export async function loadBoardFacts(
  db: Db,
  board: BoardRecord,
): Promise<Pick<ExportInput, 'heldAt' | 'minutes'>> {
  const [times, signed] = await Promise.all([
    boardTimes(db, board.id),
    listSignedMinutes(db, board.id),
  ]);
  const latest = signed.at(-1);
  return {
    heldAt: times.startedAt ?? board.startsAt,
    minutes: latest ? { latest, previous: signed.at(-2) ?? null } : null,
  };
}

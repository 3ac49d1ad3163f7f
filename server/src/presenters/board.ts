import type { BoardSummary } from '@konsil/shared';
import type { BoardRecord } from '../storage/repositories/boards';

export function presentBoardSummary(board: BoardRecord): BoardSummary {
  const host = board.institutions.find((institution) => institution.id === board.hostInstitutionId);
  if (!host) throw new Error(`Board ${board.id} has no host among its institutions`);
  return {
    id: board.id,
    title: board.title,
    status: board.status,
    startsAt: board.startsAt,
    timeZone: board.timeZone,
    durationMinutes: board.durationMinutes,
    hostInstitution: host,
    institutions: board.institutions,
  };
}

import type { BoardDetail, BoardSummary } from '@konsil/shared';
import { type Actor, can } from '../policies/can';
import { boardScopeOf } from '../policies/scopes';
import type { BoardRecord } from '../storage/repositories/boards';
import type { CaseRecord } from '../storage/repositories/cases';
import { presentCaseSummary } from './case';

export function presentBoardSummary(board: BoardRecord): BoardSummary {
  const host = board.institutions.find((institution) => institution.id === board.hostInstitutionId);
  if (!host) throw new Error(`Board ${board.id} has no host among its institutions`);
  return {
    id: board.id,
    title: board.title,
    tumorEntity: board.tumorEntity,
    status: board.status,
    startsAt: board.startsAt,
    timeZone: board.timeZone,
    durationMinutes: board.durationMinutes,
    hostInstitution: host,
    institutions: board.institutions,
    minutesVersion: board.minutesVersion,
  };
}

/** `visibleCases` must already be filtered by `case:read` for this actor. */
export function presentBoardDetail(
  board: BoardRecord,
  visibleCases: CaseRecord[],
  actor: Actor,
): BoardDetail {
  const scope = boardScopeOf(board);
  return {
    ...presentBoardSummary(board),
    videoUrl: board.videoUrl,
    participants: board.participants,
    cases: visibleCases.map((item) => presentCaseSummary(board, item, actor)),
    version: board.version,
    agendaVersion: board.agendaVersion,
    permissions: {
      canEdit: can(actor, 'board:edit', scope),
      canSubmitCase: can(actor, 'case:create', scope),
      canReorder: can(actor, 'agenda:edit', scope),
    },
  };
}

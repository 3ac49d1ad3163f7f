import type { BoardRecord } from '../storage/repositories/boards';
import type { CaseRecord } from '../storage/repositories/cases';
import type { BoardScope, CaseScope } from './can';

export function boardScopeOf(board: BoardRecord): BoardScope {
  return {
    hostInstitutionId: board.hostInstitutionId,
    institutionIds: board.institutions.map((institution) => institution.id),
    participantIds: board.participantIds,
    status: board.status,
    minutesSigned: board.minutesSigned,
  };
}

export function caseScopeOf(board: BoardRecord, item: CaseRecord): CaseScope {
  return {
    board: boardScopeOf(board),
    homeInstitutionId: item.homeInstitution.id,
    consent: item.consent,
    status: item.status,
    presenterId: item.presenter?.id ?? null,
  };
}

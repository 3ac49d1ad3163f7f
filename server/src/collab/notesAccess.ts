import type { NotesAccessState } from '@konsil/shared';
import { actorOf } from '../policies/actor';
import { can } from '../policies/can';
import { caseScopeOf } from '../policies/scopes';
import type { Db } from '../storage/db';
import { type BoardRecord, findBoard } from '../storage/repositories/boards';
import { type CaseRecord, findBoardIdOfCase, findCase } from '../storage/repositories/cases';
import type { UserRecord } from '../storage/repositories/users';

/**
 * A refusal does not say whether the case exists: "not yours" and "not there" are one answer
 * (4404), as REST answers both with one 404. `homeInstitutionId` is only for the audit record.
 */
export type NotesAccessDecision =
  | { ok: true; boardId: string; homeInstitutionId: string; access: NotesAccessState }
  | { ok: false; homeInstitutionId: string | null };

export interface NotesScope {
  board: BoardRecord;
  item: CaseRecord;
}

export async function loadNotesScope(db: Db, caseId: string): Promise<NotesScope | null> {
  const boardId = await findBoardIdOfCase(db, caseId);
  const board = boardId ? await findBoard(db, boardId) : null;
  const item = board ? await findCase(db, board.id, caseId) : null;
  return board && item ? { board, item } : null;
}

/** Asks the policy layer whether this user may read, and may edit, a case's notes. */
export function decideNotesAccessIn(
  scope: NotesScope | null,
  user: UserRecord,
): NotesAccessDecision {
  if (!scope) return { ok: false, homeInstitutionId: null };
  const actor = actorOf(user);
  const caseScope = caseScopeOf(scope.board, scope.item);
  const homeInstitutionId = scope.item.homeInstitution.id;
  if (!can(actor, 'notes:read', caseScope)) return { ok: false, homeInstitutionId };
  const access: NotesAccessState = can(actor, 'notes:edit', caseScope)
    ? { mode: 'edit' }
    : { mode: 'read', reason: scope.board.minutesSigned ? 'minutes_signed' : 'role' };
  return { ok: true, boardId: scope.board.id, homeInstitutionId, access };
}

export async function decideNotesAccess(
  db: Db,
  user: UserRecord,
  caseId: string,
): Promise<NotesAccessDecision> {
  return decideNotesAccessIn(await loadNotesScope(db, caseId), user);
}

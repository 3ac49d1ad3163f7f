import { CLOSE_CODES } from '@konsil/shared';
import { actorOf } from '../http/authorize';
import { can } from '../policies/can';
import { caseScopeOf } from '../policies/scopes';
import type { Db } from '../storage/db';
import { findBoard } from '../storage/repositories/boards';
import { findBoardIdOfCase, findCase } from '../storage/repositories/cases';
import type { UserRecord } from '../storage/repositories/users';

export type NotesAccessDecision =
  | { ok: true; boardId: string; homeInstitutionId: string; readOnly: boolean }
  | { ok: false; code: number; homeInstitutionId: string | null };

/** Asks the policy layer whether this user may read, and may edit, a case's notes. */
export async function decideNotesAccess(
  db: Db,
  user: UserRecord,
  caseId: string,
): Promise<NotesAccessDecision> {
  const boardId = await findBoardIdOfCase(db, caseId);
  const board = boardId ? await findBoard(db, boardId) : null;
  const item = board ? await findCase(db, board.id, caseId) : null;
  if (!board || !item) return { ok: false, code: CLOSE_CODES.notFound, homeInstitutionId: null };
  const actor = actorOf(user);
  const scope = caseScopeOf(board, item);
  const homeInstitutionId = item.homeInstitution.id;
  if (!can(actor, 'notes:read', scope)) {
    return { ok: false, code: CLOSE_CODES.forbidden, homeInstitutionId };
  }
  return {
    ok: true,
    boardId: board.id,
    homeInstitutionId,
    readOnly: !can(actor, 'notes:edit', scope),
  };
}

import { BoardParamsSchema, CaseParamsSchema } from '@konsil/shared';
import type { Request } from 'express';
import type { AppContext } from '../../../context';
import { actorOf } from '../../../policies/actor';
import { can } from '../../../policies/can';
import { boardScopeOf, caseScopeOf } from '../../../policies/scopes';
import { type BoardRecord, findBoard } from '../../../storage/repositories/boards';
import { type CaseRecord, findCase, listCasesOfBoard } from '../../../storage/repositories/cases';
import { recordRefusal } from '../../authorize';
import { HttpError } from '../../httpError';
import { authOf } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';

/**
 * The board named in the path, if this user may see it. Anyone else gets the
 * same 404 as for a board that does not exist (the refusal is audited).
 */
export async function loadVisibleBoard(ctx: AppContext, req: Request): Promise<BoardRecord> {
  const { boardId } = parseInput(BoardParamsSchema, req.params);
  const board = await findBoard(ctx.db, boardId);
  if (!board) throw new HttpError(404, 'not_found');
  if (!can(actorOf(authOf(req).user), 'board:read', boardScopeOf(board))) {
    await recordRefusal(ctx, req, 'board:read', {
      type: 'board',
      id: board.id,
      institutionId: board.hostInstitutionId,
    });
    throw new HttpError(404, 'not_found');
  }
  return board;
}

/** Cases of the board this user may read (consent and home institution decide), in agenda order. */
export async function visibleCasesOf(
  ctx: AppContext,
  req: Request,
  board: BoardRecord,
): Promise<CaseRecord[]> {
  const actor = actorOf(authOf(req).user);
  const cases = await listCasesOfBoard(ctx.db, board.id);
  return cases.filter((item) => can(actor, 'case:read', caseScopeOf(board, item)));
}

/** The case named in the path, if this user may read it; otherwise 404 like a missing case. */
export async function loadVisibleCase(
  ctx: AppContext,
  req: Request,
): Promise<{ board: BoardRecord; item: CaseRecord }> {
  const { caseId } = parseInput(CaseParamsSchema, req.params);
  const board = await loadVisibleBoard(ctx, req);
  const item = await findCase(ctx.db, board.id, caseId);
  if (!item) throw new HttpError(404, 'not_found');
  if (!can(actorOf(authOf(req).user), 'case:read', caseScopeOf(board, item))) {
    await recordRefusal(ctx, req, 'case:read', {
      type: 'case',
      id: item.id,
      institutionId: item.homeInstitution.id,
    });
    throw new HttpError(404, 'not_found');
  }
  return { board, item };
}

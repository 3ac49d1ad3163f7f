import {
  type BoardCarryOvers,
  CarryOverInputSchema,
  type CarryOverResponse,
  type CarryOverTargetsResponse,
} from '@konsil/shared';
import { type Request, Router } from 'express';
import {
  carryOverCase,
  carryOverTargets,
  isCarryOverTarget,
} from '../../../commands/carryOverCase';
import type { AppContext } from '../../../context';
import { actorOf } from '../../../policies/actor';
import { can } from '../../../policies/can';
import { boardScopeOf, caseScopeOf } from '../../../policies/scopes';
import { type BoardRecord, findBoard } from '../../../storage/repositories/boards';
import { listCarryOversOf } from '../../../storage/repositories/caseEvents';
import { type CaseRecord, findCaseById } from '../../../storage/repositories/cases';
import { authorize, recordRefusal } from '../../authorize';
import { HttpError } from '../../httpError';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';
import { loadVisibleBoard, loadVisibleCase } from '../boards/loadBoard';

/**
 * Carrying a case the board did not reach over to a later board:
 * GET  /api/boards/:boardId/cases/:caseId/carry-over/targets — where it may go;
 * POST /api/boards/:boardId/cases/:caseId/carry-over {toBoardId} — move it there;
 * GET  /api/boards/:boardId/carry-overs — what was carried away from or into this board.
 */
export function carryOverRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(requireUser());

  const authorizeCarryOver = (req: Request, board: BoardRecord, item: CaseRecord) =>
    authorize(ctx, req, 'case:carryOver', caseScopeOf(board, item), {
      type: 'case',
      id: item.id,
      institutionId: item.homeInstitution.id,
    });

  router.get('/:boardId/cases/:caseId/carry-over/targets', async (req, res) => {
    const { board, item } = await loadVisibleCase(ctx, req);
    await authorizeCarryOver(req, board, item);
    const targets = await carryOverTargets(ctx.db, actorOf(authOf(req).user), board, item);
    const body: CarryOverTargetsResponse = {
      targets: targets.map(({ id, title, startsAt }) => ({ id, title, startsAt })),
    };
    res.json(body);
  });

  router.post('/:boardId/cases/:caseId/carry-over', async (req, res) => {
    const { board, item } = await loadVisibleCase(ctx, req);
    await authorizeCarryOver(req, board, item);
    const { toBoardId } = parseInput(CarryOverInputSchema, req.body);
    const actor = actorOf(authOf(req).user);
    const target = await findBoard(ctx.db, toBoardId);
    // A board the actor cannot see answers as one that does not exist.
    if (!target || !can(actor, 'board:read', boardScopeOf(target))) {
      if (target) {
        await recordRefusal(ctx, req, 'board:read', {
          type: 'board',
          id: target.id,
          institutionId: target.hostInstitutionId,
        });
      }
      throw new HttpError(404, 'not_found');
    }
    if (!isCarryOverTarget(actor, board, item, target)) {
      if (!can(actor, 'agenda:edit', boardScopeOf(target))) {
        await recordRefusal(ctx, req, 'agenda:edit', {
          type: 'board',
          id: target.id,
          institutionId: target.hostInstitutionId,
        });
      }
      throw new HttpError(409, 'carry_over_not_allowed');
    }
    const carriedOver = await carryOverCase(ctx, {
      actor,
      source: board,
      item,
      target,
      clientAddress: req.ip ?? null,
    });
    const body: CarryOverResponse = { carriedOver };
    res.json(body);
  });

  router.get('/:boardId/carry-overs', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    const actor = actorOf(authOf(req).user);
    const body: BoardCarryOvers = { carriedAway: [], carriedIn: [] };
    for (const entry of await listCarryOversOf(ctx.db, board.id)) {
      const item = await findCaseById(ctx.db, entry.caseId);
      // Named only to those who could read the case on this board (consent, home institution).
      if (!item || !can(actor, 'case:read', caseScopeOf(board, item))) continue;
      const shown = { ...entry, pseudonym: item.pseudonym };
      if (entry.from.id === board.id) body.carriedAway.push(shown);
      else body.carriedIn.push(shown);
    }
    res.json(body);
  });

  return router;
}

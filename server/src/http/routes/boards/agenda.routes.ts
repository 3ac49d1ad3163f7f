import { type BoardResponse, UpdateAgendaInputSchema } from '@konsil/shared';
import { Router } from 'express';
import { appendAudit } from '../../../audit/auditLog';
import type { AppContext } from '../../../context';
import { actorOf } from '../../../policies/actor';
import { boardScopeOf } from '../../../policies/scopes';
import { presentBoardDetail } from '../../../presenters/board';
import { bumpAgendaVersion, findBoard } from '../../../storage/repositories/boards';
import { setCasePlacement } from '../../../storage/repositories/cases';
import { authorize } from '../../authorize';
import { HttpError } from '../../httpError';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';
import { loadVisibleBoard, visibleCasesOf } from './loadBoard';

/**
 * PUT /api/boards/:boardId/agenda — the new order of every case the
 * coordinator can see. Cases they cannot see (another institution's case
 * without consent) keep their places; the visible ones are permuted among
 * the positions they held. A stale agendaVersion gets 409.
 */
export function agendaRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(requireUser());

  router.put('/:boardId/agenda', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    await authorize(ctx, req, 'agenda:edit', boardScopeOf(board), {
      type: 'board',
      id: board.id,
      institutionId: board.hostInstitutionId,
    });
    const input = parseInput(UpdateAgendaInputSchema, req.body);
    const visible = await visibleCasesOf(ctx, req, board);
    const visibleIds = new Set(visible.map((item) => item.id));
    const sameCases =
      input.items.length === visible.length &&
      input.items.every((entry) => visibleIds.has(entry.caseId));
    // A different set of cases means the agenda changed since the client loaded it.
    if (input.agendaVersion !== board.agendaVersion || !sameCases)
      throw new HttpError(409, 'conflict');

    const { user } = authOf(req);
    const slots = visible.map((item) => item.position).sort((a, b) => a - b);
    const applied = await ctx.db.transaction().execute(async (trx) => {
      if (!(await bumpAgendaVersion(trx, board.id, input.agendaVersion))) return false;
      for (const [index, entry] of input.items.entries()) {
        const position = slots[index];
        if (position === undefined) throw new Error('agenda slot missing');
        await setCasePlacement(trx, entry.caseId, {
          position,
          allottedMinutes: entry.allottedMinutes,
        });
      }
      await appendAudit(trx, {
        action: 'agenda.updated',
        outcome: 'allowed',
        actor: { userId: user.id, institutionId: user.institution.id },
        object: { type: 'board', id: board.id, institutionId: board.hostInstitutionId },
        clientAddress: req.ip ?? null,
        details: { cases: input.items.length },
        at: ctx.clock.now(),
      });
      return true;
    });
    if (!applied) throw new HttpError(409, 'conflict');
    ctx.changes.publish({ kind: 'live.agenda', boardId: board.id });
    const fresh = await findBoard(ctx.db, board.id);
    if (!fresh) throw new HttpError(404, 'not_found');
    const body: BoardResponse = {
      board: presentBoardDetail(fresh, await visibleCasesOf(ctx, req, fresh), actorOf(user)),
    };
    res.json(body);
  });

  return router;
}

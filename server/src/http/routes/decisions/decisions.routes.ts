import {
  type CaseDecisionResponse,
  CloseCaseInputSchema,
  SaveRecommendationInputSchema,
  StatePositionInputSchema,
} from '@konsil/shared';
import { type Request, Router } from 'express';
import { type AuditEntry, appendAudit } from '../../../audit/auditLog';
import type { AppContext } from '../../../context';
import { actorOf } from '../../../policies/actor';
import { caseScopeOf } from '../../../policies/scopes';
import { presentDecision } from '../../../presenters/decision';
import { indexRecommendation } from '../../../search/indexing';
import type { BoardRecord } from '../../../storage/repositories/boards';
import { listCaseEvents } from '../../../storage/repositories/caseEvents';
import { type CaseRecord, closeCase, findCase } from '../../../storage/repositories/cases';
import {
  findRecommendation,
  listPositions,
  saveRecommendation,
  statePosition,
} from '../../../storage/repositories/decisions';
import { allowedAudit } from '../../allowedAudit';
import { authorize } from '../../authorize';
import { HttpError } from '../../httpError';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';
import { loadVisibleCase } from '../boards/loadBoard';

type DecisionAuditAction =
  | 'decision.viewed'
  | 'recommendation.saved'
  | 'position.stated'
  | 'case.closed';
type DecisionAction = 'recommendation:edit' | 'position:state' | 'case:close';

/**
 * "Decide": /api/boards/:boardId/cases/:caseId/{decision,recommendation,position,close}.
 * Every read and change is audited; every change tells the live room.
 */
export function decisionRoutes(ctx: AppContext): Router {
  const router = Router({ mergeParams: true });
  router.use(requireUser());

  const audit = (
    req: Request,
    action: DecisionAuditAction,
    item: CaseRecord,
    details?: AuditEntry['details'],
  ): AuditEntry =>
    allowedAudit(
      ctx.clock,
      req,
      action,
      { type: 'case', id: item.id, institutionId: item.homeInstitution.id },
      details,
    );

  /** Asks the policy; then signed minutes refuse every change, whoever asks. */
  const authorizeOn = async (
    req: Request,
    action: DecisionAction,
    board: BoardRecord,
    item: CaseRecord,
  ) => {
    await authorize(ctx, req, action, caseScopeOf(board, item), {
      type: 'case',
      id: item.id,
      institutionId: item.homeInstitution.id,
    });
    if (board.minutesSigned) throw new HttpError(409, 'minutes_signed');
  };

  async function reply(
    req: Request,
    board: BoardRecord,
    caseId: string,
  ): Promise<CaseDecisionResponse> {
    const item = await findCase(ctx.db, board.id, caseId);
    if (!item) throw new HttpError(404, 'not_found');
    const [recommendation, positions, history] = await Promise.all([
      findRecommendation(ctx.db, item.id),
      listPositions(ctx.db, item.id),
      listCaseEvents(ctx.db, item.id),
    ]);
    const actor = actorOf(authOf(req).user);
    return { decision: presentDecision(board, item, recommendation, positions, history, actor) };
  }

  const changed = (board: BoardRecord, item: CaseRecord) =>
    ctx.changes.publish({ kind: 'live.decision', boardId: board.id, caseId: item.id });

  router.get('/:caseId/decision', async (req, res) => {
    const { board, item } = await loadVisibleCase(ctx, req);
    await ctx.db
      .transaction()
      .execute((trx) => appendAudit(trx, audit(req, 'decision.viewed', item)));
    res.json(await reply(req, board, item.id));
  });

  router.put('/:caseId/recommendation', async (req, res) => {
    const { board, item } = await loadVisibleCase(ctx, req);
    await authorizeOn(req, 'recommendation:edit', board, item);
    const input = parseInput(SaveRecommendationInputSchema, req.body);
    const saved = await ctx.db.transaction().execute(async (trx) => {
      const ok = await saveRecommendation(
        trx,
        { caseId: item.id, expectedVersion: input.version, content: input.content },
        authOf(req).user.id,
        ctx.clock.now(),
      );
      if (ok) await indexRecommendation(trx, item, input.content, ctx.clock.now());
      if (ok)
        await appendAudit(
          trx,
          audit(req, 'recommendation.saved', item, { version: input.version + 1 }),
        );
      return ok;
    });
    if (!saved) throw new HttpError(409, 'conflict');
    changed(board, item);
    res.json(await reply(req, board, item.id));
  });

  router.put('/:caseId/position', async (req, res) => {
    const { board, item } = await loadVisibleCase(ctx, req);
    await authorizeOn(req, 'position:state', board, item);
    const input = parseInput(StatePositionInputSchema, req.body);
    const { user } = authOf(req);
    await ctx.db.transaction().execute(async (trx) => {
      await statePosition(trx, { caseId: item.id, userId: user.id, ...input }, ctx.clock.now());
      await appendAudit(trx, audit(req, 'position.stated', item, { position: input.position }));
    });
    changed(board, item);
    res.json(await reply(req, board, item.id));
  });

  router.post('/:caseId/close', async (req, res) => {
    const { board, item } = await loadVisibleCase(ctx, req);
    await authorizeOn(req, 'case:close', board, item);
    const input = parseInput(CloseCaseInputSchema, req.body);
    // A draft has not been put before the board yet.
    if (item.status === 'draft') {
      throw new HttpError(409, 'conflict', 'A draft case cannot be closed');
    }
    if (input.outcome === 'decided') {
      const recommendation = await findRecommendation(ctx.db, item.id);
      if (!recommendation || recommendation.content.decisionText === '') {
        throw new HttpError(422, 'recommendation_required');
      }
    }
    await ctx.db.transaction().execute(async (trx) => {
      await closeCase(trx, item.id, input.outcome, input.reason || null, ctx.clock.now());
      await appendAudit(
        trx,
        audit(req, 'case.closed', item, { from: item.status, to: input.outcome }),
      );
    });
    changed(board, item);
    // A closed case takes no more positions and shows its outcome on everyone's agenda.
    ctx.changes.publish({ kind: 'board.access', boardId: board.id, cause: 'case_closed' });
    res.json(await reply(req, board, item.id));
  });

  return router;
}

import {
  type CaseDecisionResponse,
  CloseCaseInputSchema,
  isClosedCaseStatus,
  ReopenCaseInputSchema,
  SaveRecommendationInputSchema,
  StatePositionInputSchema,
} from '@konsil/shared';
import { type Request, Router } from 'express';
import { type AuditEntry, appendAudit } from '../../../audit/auditLog';
import type { AppContext } from '../../../context';
import { actorOf } from '../../../policies/actor';
import { caseLockOf, type LockableCaseAction } from '../../../policies/caseLock';
import { caseScopeOf } from '../../../policies/scopes';
import { presentDecision } from '../../../presenters/decision';
import { indexRecommendation } from '../../../search/indexing';
import type { BoardRecord } from '../../../storage/repositories/boards';
import { appendCaseEvent, listCaseEvents } from '../../../storage/repositories/caseEvents';
import {
  type CaseRecord,
  closeCase,
  findCase,
  reopenCase,
} from '../../../storage/repositories/cases';
import {
  findRecommendation,
  listPositions,
  lockCaseStatus,
  lockDecisionState,
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
  | 'case.closed'
  | 'case.reopened';

/**
 * "Decide": /api/boards/:boardId/cases/:caseId/{decision,recommendation,position,close,reopen}.
 * Every read and change is audited; every change tells the live room.
 *
 * A position judges one recommendation version; a closed case takes neither edits nor positions
 * until a coordinator reopens it with a reason. Each change re-reads the state it depends on
 * inside its own transaction (lockDecisionState, conditional updates), so a check cannot go stale
 * before the write.
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

  /**
   * Someone the case's state stops (closed, not closed, minutes signed) hears that state as a
   * 409; anyone else gets the policy's refusal (403, audited). Signed minutes refuse every change.
   */
  const authorizeOn = async (
    req: Request,
    action: LockableCaseAction,
    board: BoardRecord,
    item: CaseRecord,
  ) => {
    const scope = caseScopeOf(board, item);
    const lock = caseLockOf(actorOf(authOf(req).user), action, scope);
    if (lock) throw new HttpError(409, lock);
    await authorize(ctx, req, action, scope, {
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

  // A closed case takes no more positions and shows its outcome on everyone's agenda; a reopened
  // one takes them again.
  const closedOrReopened = (board: BoardRecord, item: CaseRecord) => {
    changed(board, item);
    ctx.changes.publish({ kind: 'board.access', boardId: board.id, cause: 'case_closed' });
  };

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
      const status = await lockCaseStatus(trx, item.id);
      if (!status) throw new HttpError(404, 'not_found');
      if (isClosedCaseStatus(status)) throw new HttpError(409, 'case_closed');
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
      // Checked against what is current now, not what was loaded before the transaction.
      const state = await lockDecisionState(trx, item.id);
      if (!state) throw new HttpError(404, 'not_found');
      if (isClosedCaseStatus(state.status)) throw new HttpError(409, 'case_closed');
      if (state.recommendationVersion === null) {
        throw new HttpError(409, 'recommendation_missing');
      }
      if (state.recommendationVersion !== input.recommendationVersion) {
        throw new HttpError(409, 'recommendation_changed');
      }
      await statePosition(trx, { caseId: item.id, userId: user.id, ...input }, ctx.clock.now());
      await appendAudit(
        trx,
        audit(req, 'position.stated', item, {
          position: input.position,
          version: input.recommendationVersion,
        }),
      );
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
    const at = ctx.clock.now();
    const reason = input.reason || null;
    const closed = await ctx.db.transaction().execute(async (trx) => {
      if (!(await closeCase(trx, item.id, input.outcome, reason, at))) return false;
      await appendCaseEvent(trx, {
        caseId: item.id,
        kind: 'closed',
        boardId: board.id,
        outcome: input.outcome,
        reason,
        actorId: authOf(req).user.id,
        at,
      });
      await appendAudit(
        trx,
        audit(req, 'case.closed', item, { from: item.status, to: input.outcome }),
      );
      return true;
    });
    // Someone closed it a moment ago.
    if (!closed) throw new HttpError(409, 'case_closed');
    closedOrReopened(board, item);
    res.json(await reply(req, board, item.id));
  });

  router.post('/:caseId/reopen', async (req, res) => {
    const { board, item } = await loadVisibleCase(ctx, req);
    await authorizeOn(req, 'case:reopen', board, item);
    const input = parseInput(ReopenCaseInputSchema, req.body);
    const at = ctx.clock.now();
    const reopened = await ctx.db.transaction().execute(async (trx) => {
      if (!(await reopenCase(trx, item.id, at))) return false;
      await appendCaseEvent(trx, {
        caseId: item.id,
        kind: 'reopened',
        boardId: board.id,
        reason: input.reason,
        actorId: authOf(req).user.id,
        at,
      });
      // The reason is in the case's history; the audit trail notes that one was given.
      await appendAudit(
        trx,
        audit(req, 'case.reopened', item, {
          from: item.status,
          reasonLength: input.reason.length,
        }),
      );
      return true;
    });
    // Someone reopened it a moment ago.
    if (!reopened) throw new HttpError(409, 'case_not_closed');
    closedOrReopened(board, item);
    res.json(await reply(req, board, item.id));
  });

  return router;
}

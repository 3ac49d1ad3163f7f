import {
  assessReadiness,
  type CaseResponse,
  type CaseStatus,
  ChangeCaseStatusInputSchema,
  CreateCaseInputSchema,
  UpdateCaseInputSchema,
} from '@konsil/shared';
import { type Request, Router } from 'express';
import { type AuditEntry, appendAudit } from '../../../audit/auditLog';
import { checkCaseContent } from '../../../commands/caseContent';
import type { AppContext } from '../../../context';
import { actorOf } from '../../../policies/actor';
import { can } from '../../../policies/can';
import { boardScopeOf, caseScopeOf } from '../../../policies/scopes';
import { indexCase } from '../../../search/indexing';
import type { Db } from '../../../storage/db';
import type { BoardRecord } from '../../../storage/repositories/boards';
import {
  type CaseRecord,
  findCase,
  updateCaseContent,
  updateCaseStatus,
} from '../../../storage/repositories/cases';
import { allowedAudit } from '../../allowedAudit';
import { authorize } from '../../authorize';
import { HttpError } from '../../httpError';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';
import { loadVisibleBoard, loadVisibleCase } from '../boards/loadBoard';
import { caseReply, createCase } from './createCase';

type CaseAuditAction = 'case.viewed' | 'case.updated' | 'case.status_changed';

/** Cases of a board: /api/boards/:boardId/cases[/:caseId]. Every read and change is audited. */
export function caseRoutes(ctx: AppContext): Router {
  const router = Router({ mergeParams: true });
  router.use(requireUser());

  const caseAudit = (
    req: Request,
    action: CaseAuditAction,
    item: { id: string; homeInstitutionId: string },
    details?: AuditEntry['details'],
  ): AuditEntry =>
    allowedAudit(
      ctx.clock,
      req,
      action,
      { type: 'case', id: item.id, institutionId: item.homeInstitutionId },
      details,
    );

  /** The case as stored, into the search index (same transaction). */
  async function reindex(trx: Db, boardId: string, caseId: string) {
    const stored = await findCase(trx, boardId, caseId);
    if (stored) await indexCase(trx, stored, ctx.clock.now());
  }

  const reply = (req: Request, board: BoardRecord, caseId: string): Promise<CaseResponse> =>
    caseReply(ctx, req, board.id, caseId);

  const authorizeOnCase = (
    req: Request,
    action: 'case:edit' | 'case:markReady',
    board: BoardRecord,
    item: CaseRecord,
  ) =>
    authorize(ctx, req, action, caseScopeOf(board, item), {
      type: 'case',
      id: item.id,
      institutionId: item.homeInstitution.id,
    });

  router.post('/', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    const { user } = authOf(req);
    await authorize(ctx, req, 'case:create', boardScopeOf(board), {
      type: 'case',
      id: null,
      institutionId: user.institution.id,
    });
    const input = parseInput(CreateCaseInputSchema, req.body);
    const caseId = await createCase(ctx, req, board, input);
    res.status(201).json(await reply(req, board, caseId));
  });

  router.get('/:caseId', async (req, res) => {
    const { board, item } = await loadVisibleCase(ctx, req);
    await ctx.db.transaction().execute((trx) =>
      appendAudit(
        trx,
        caseAudit(req, 'case.viewed', {
          id: item.id,
          homeInstitutionId: item.homeInstitution.id,
        }),
      ),
    );
    res.json(await reply(req, board, item.id));
  });

  router.put('/:caseId', async (req, res) => {
    const { board, item } = await loadVisibleCase(ctx, req);
    await authorizeOnCase(req, 'case:edit', board, item);
    const input = parseInput(UpdateCaseInputSchema, req.body);
    const { version, ...content } = input;
    const presenterId = await checkCaseContent(
      ctx.db,
      ctx.clock,
      authOf(req).user,
      item.homeInstitution.id,
      content,
    );
    const applied = await ctx.db.transaction().execute(async (trx) => {
      // An edit that leaves a ready case incomplete sends it back to submitted.
      const status =
        item.status === 'ready' && !assessReadiness(content).isReady ? 'submitted' : item.status;
      const ok = await updateCaseContent(
        trx,
        item.id,
        version,
        { content, presenterId, status },
        ctx.clock.now(),
      );
      if (ok) {
        await reindex(trx, board.id, item.id);
        const details = content.consent === item.consent ? undefined : { consent: content.consent };
        await appendAudit(
          trx,
          caseAudit(
            req,
            'case.updated',
            { id: item.id, homeInstitutionId: item.homeInstitution.id },
            details,
          ),
        );
      }
      return ok;
    });
    if (!applied) throw new HttpError(409, 'conflict');
    // Consent or status may narrow who sees the case: every live connection asks again.
    ctx.changes.publish({ kind: 'board.access', boardId: board.id, cause: 'case_edited' });
    res.json(await reply(req, board, item.id));
  });

  router.post('/:caseId/status', async (req, res) => {
    const { board, item } = await loadVisibleCase(ctx, req);
    const input = parseInput(ChangeCaseStatusInputSchema, req.body);
    const actor = actorOf(authOf(req).user);
    const scope = caseScopeOf(board, item);
    const transition = `${item.status}->${input.status}`;
    // Who may move a case along: its home institution submits or withdraws; coordinators mark it ready.
    const rules: Record<string, 'case:edit' | 'case:markReady'> = {
      'draft->submitted': 'case:edit',
      'submitted->draft': 'case:edit',
      'submitted->ready': 'case:markReady',
      'ready->submitted': can(actor, 'case:markReady', scope) ? 'case:markReady' : 'case:edit',
    };
    const needed = rules[transition];
    // Someone who may not change this case at all learns nothing about its transitions.
    if (!can(actor, 'case:edit', scope) && !can(actor, 'case:markReady', scope)) {
      await authorizeOnCase(req, needed ?? 'case:edit', board, item);
    }
    if (!needed) {
      if (item.version !== input.version) throw new HttpError(409, 'conflict');
      throw new HttpError(
        409,
        'conflict',
        `A case cannot go from ${item.status} to ${input.status}`,
      );
    }
    await authorizeOnCase(req, needed, board, item);
    if (input.status === 'ready') {
      const readiness = assessReadiness(item.content);
      if (!readiness.isReady) {
        throw new HttpError(422, 'case_not_ready', undefined, {
          fields: readiness.missing.map((gap) => ({ path: gap, message: `Missing: ${gap}` })),
        });
      }
    }
    const next: CaseStatus = input.status;
    const applied = await ctx.db.transaction().execute(async (trx) => {
      const ok = await updateCaseStatus(trx, item.id, input.version, next, ctx.clock.now());
      if (ok) {
        await appendAudit(
          trx,
          caseAudit(
            req,
            'case.status_changed',
            { id: item.id, homeInstitutionId: item.homeInstitution.id },
            { from: item.status, to: next },
          ),
        );
      }
      return ok;
    });
    if (!applied) throw new HttpError(409, 'conflict');
    // Consent or status may narrow who sees the case: every live connection asks again.
    ctx.changes.publish({ kind: 'board.access', boardId: board.id, cause: 'case_edited' });
    res.json(await reply(req, board, item.id));
  });

  return router;
}

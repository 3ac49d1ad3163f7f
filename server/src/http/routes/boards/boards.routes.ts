import {
  type BoardList,
  type BoardResponse,
  CreateBoardInputSchema,
  UpdateBoardInputSchema,
} from '@konsil/shared';
import { type Request, Router } from 'express';
import { appendAudit } from '../../../audit/auditLog';
import { resolveBoardFields } from '../../../commands/boardFields';
import type { AppContext } from '../../../context';
import { actorOf } from '../../../policies/actor';
import { can } from '../../../policies/can';
import { boardScopeOf } from '../../../policies/scopes';
import { presentBoardDetail, presentBoardSummary } from '../../../presenters/board';
import {
  type BoardRecord,
  findBoard,
  insertBoard,
  listCandidateBoards,
  updateBoard,
} from '../../../storage/repositories/boards';
import { authorize } from '../../authorize';
import { HttpError } from '../../httpError';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';
import { loadVisibleBoard, visibleCasesOf } from './loadBoard';

export function boardRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(requireUser());

  const auditBoard = (
    req: Request,
    action: 'board.created' | 'board.updated' | 'board.viewed',
    board: { id: string; hostInstitutionId: string },
  ) => {
    const { user } = authOf(req);
    return {
      action,
      outcome: 'allowed' as const,
      actor: { userId: user.id, institutionId: user.institution.id },
      object: { type: 'board', id: board.id, institutionId: board.hostInstitutionId },
      clientAddress: req.ip ?? null,
      at: ctx.clock.now(),
    };
  };

  /** The board as this user sees it; pass a board already loaded to avoid reading it again. */
  async function respondWithBoard(req: Request, boardOrId: BoardRecord | string, status = 200) {
    const board = typeof boardOrId === 'string' ? await findBoard(ctx.db, boardOrId) : boardOrId;
    if (!board) throw new HttpError(404, 'not_found');
    const cases = await visibleCasesOf(ctx, req, board);
    const body: BoardResponse = {
      board: presentBoardDetail(board, cases, actorOf(authOf(req).user)),
    };
    return { status, body };
  }

  router.get('/', async (req, res) => {
    const { user } = authOf(req);
    const actor = actorOf(user);
    const candidates = await listCandidateBoards(ctx.db, {
      id: user.id,
      institutionId: user.institution.id,
    });
    const visible = candidates.filter((board) => can(actor, 'board:read', boardScopeOf(board)));
    const body: BoardList = { boards: visible.map(presentBoardSummary) };
    res.json(body);
  });

  router.post('/', async (req, res) => {
    const input = parseInput(CreateBoardInputSchema, req.body);
    const { user } = authOf(req);
    await authorize(
      ctx,
      req,
      'board:create',
      { institutionId: input.hostInstitutionId },
      {
        type: 'board',
        id: null,
        institutionId: input.hostInstitutionId,
      },
    );
    const fields = await resolveBoardFields(ctx.db, input);
    const boardId = await ctx.db.transaction().execute(async (trx) => {
      const id = await insertBoard(trx, fields, { createdBy: user.id, at: ctx.clock.now() });
      await appendAudit(
        trx,
        auditBoard(req, 'board.created', { id, hostInstitutionId: fields.hostInstitutionId }),
      );
      return id;
    });
    const { status, body } = await respondWithBoard(req, boardId, 201);
    res.status(status).json(body);
  });

  router.get('/:boardId', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    await ctx.db
      .transaction()
      .execute((trx) => appendAudit(trx, auditBoard(req, 'board.viewed', board)));
    // A read changes nothing, so the board loaded for the access check is the one to show.
    const { body } = await respondWithBoard(req, board);
    res.json(body);
  });

  router.put('/:boardId', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    await authorize(ctx, req, 'board:edit', boardScopeOf(board), {
      type: 'board',
      id: board.id,
      institutionId: board.hostInstitutionId,
    });
    const input = parseInput(UpdateBoardInputSchema, req.body);
    const fields = await resolveBoardFields(ctx.db, input);
    if (fields.hostInstitutionId !== board.hostInstitutionId) {
      throw new HttpError(400, 'validation_failed', undefined, {
        fields: [
          { path: 'hostInstitutionId', message: 'The host of an existing board cannot change' },
        ],
      });
    }
    const updated = await ctx.db.transaction().execute(async (trx) => {
      const applied = await updateBoard(trx, board.id, input.version, fields, ctx.clock.now());
      if (applied) await appendAudit(trx, auditBoard(req, 'board.updated', board));
      return applied;
    });
    if (!updated) throw new HttpError(409, 'conflict');
    // Uninvited participants lose the live room and the notes at once.
    ctx.changes.publish({ kind: 'board.access', boardId: board.id, cause: 'participants' });
    const { body } = await respondWithBoard(req, board.id);
    res.json(body);
  });

  return router;
}

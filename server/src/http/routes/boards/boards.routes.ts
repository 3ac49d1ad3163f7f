import type { BoardList } from '@konsil/shared';
import { Router } from 'express';
import type { AppContext } from '../../../context';
import { can } from '../../../policies/can';
import { presentBoardSummary } from '../../../presenters/board';
import { listCandidateBoards } from '../../../storage/repositories/boards';
import { actorOf } from '../../authorize';
import { authOf, requireUser } from '../../middleware/authenticate';

export function boardRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(requireUser());

  router.get('/', async (req, res) => {
    const { user } = authOf(req);
    const actor = actorOf(user);
    const candidates = await listCandidateBoards(ctx.db, {
      id: user.id,
      institutionId: user.institution.id,
    });
    const visible = candidates.filter((board) =>
      can(actor, 'board:read', {
        institutionIds: board.institutions.map((institution) => institution.id),
        participantIds: board.participantIds,
      }),
    );
    const body: BoardList = { boards: visible.map(presentBoardSummary) };
    res.json(body);
  });

  return router;
}

import { type Directory, DirectoryQuerySchema, type InstitutionList } from '@konsil/shared';
import { Router } from 'express';
import type { AppContext } from '../../../context';
import { actorOf } from '../../../policies/actor';
import { can } from '../../../policies/can';
import {
  institutionsSharingABoard,
  listInstitutions,
  listInvitableUsers,
} from '../../../storage/repositories/directory';
import { authorize } from '../../authorize';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';

/** GET /api/institutions and GET /api/directory/users (who can be invited). */
export function institutionRoutes(ctx: AppContext): Router {
  const router = Router();
  // Mounted at the API root: guard each route, not the router, so unknown paths still get 404.

  router.get('/institutions', requireUser(), async (_req, res) => {
    const body: InstitutionList = { institutions: await listInstitutions(ctx.db) };
    res.json(body);
  });

  router.get('/directory/users', requireUser(), async (req, res) => {
    const { user } = authOf(req);
    const { institutionIds } = parseInput(DirectoryQuerySchema, req.query);
    const partners = await institutionsSharingABoard(ctx.db, user.institution.id);
    const actor = actorOf(user);
    // Only the institutions this person may list; the rest of the request is left out.
    const listable = institutionIds.filter((institutionId) =>
      can(actor, 'directory:read', { institutionId, sharesBoard: partners.has(institutionId) }),
    );
    if (listable.length === 0) {
      const [institutionId = user.institution.id] = institutionIds;
      await authorize(
        ctx,
        req,
        'directory:read',
        { institutionId, sharesBoard: partners.has(institutionId) },
        { type: 'directory', id: null, institutionId },
      );
    }
    const body: Directory = { users: await listInvitableUsers(ctx.db, listable) };
    res.json(body);
  });

  return router;
}

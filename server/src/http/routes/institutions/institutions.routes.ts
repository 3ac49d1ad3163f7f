import { type Directory, DirectoryQuerySchema, type InstitutionList } from '@konsil/shared';
import { Router } from 'express';
import type { AppContext } from '../../../context';
import { listInstitutions, listInvitableUsers } from '../../../storage/repositories/directory';
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
    await authorize(
      ctx,
      req,
      'directory:read',
      { institutionId: user.institution.id },
      {
        type: 'directory',
        id: null,
        institutionId: user.institution.id,
      },
    );
    const { institutionIds } = parseInput(DirectoryQuerySchema, req.query);
    const body: Directory = { users: await listInvitableUsers(ctx.db, institutionIds) };
    res.json(body);
  });

  return router;
}

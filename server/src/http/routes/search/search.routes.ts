import type { SearchResponse } from '@konsil/shared';
import { Router } from 'express';
import { z } from 'zod';
import { appendAudit } from '../../../audit/auditLog';
import type { AppContext } from '../../../context';
import { actorOf } from '../../../policies/actor';
import { runSearch } from '../../../search/runSearch';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';

// Any text is a query; a repeated or missing `q` reads as empty rather than failing.
const SearchParamsSchema = z.object({
  q: z.preprocess((value) => (typeof value === 'string' ? value : ''), z.string()),
});

/** GET /api/search?q= — permission-aware full-text search; every search is audited. */
export function searchRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(requireUser());

  router.get('/search', async (req, res) => {
    const { q } = parseInput(SearchParamsSchema, req.query);
    const { user } = authOf(req);
    const results = await runSearch(ctx.db, actorOf(user), q);
    // The query itself is not kept: people type names into search boxes.
    await ctx.db.transaction().execute((trx) =>
      appendAudit(trx, {
        action: 'search.performed',
        outcome: 'allowed',
        actor: { userId: user.id, institutionId: user.institution.id },
        object: { type: 'search', id: null, institutionId: user.institution.id },
        clientAddress: req.ip ?? null,
        details: { results: results.length },
        at: ctx.clock.now(),
      }),
    );
    const body: SearchResponse = { results };
    res.json(body);
  });

  return router;
}

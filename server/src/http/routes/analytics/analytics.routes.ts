import {
  type AnalyticsFigure,
  AnalyticsFigureSchema,
  AnalyticsQuerySchema,
  type AnalyticsResponse,
} from '@konsil/shared';
import { type Request, Router } from 'express';
import { z } from 'zod';
import { computeAnalytics, FIGURE_QUERIES, scopeOf } from '../../../analytics/computeAnalytics';
import { figureTable, toCsv } from '../../../analytics/figureCsv';
import { appendAudit } from '../../../audit/auditLog';
import type { AppContext } from '../../../context';
import { authorize } from '../../authorize';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';

const FigureParamsSchema = z.object({ figure: AnalyticsFigureSchema });

/**
 * GET /api/analytics — every figure for the viewer's institution's ended boards, with the
 * filters as query parameters; GET /api/analytics/<figure>.csv — one figure's table.
 * Coordinators and admins; both are audited with the filters (which hold nothing clinical).
 */
export function analyticsRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(requireUser());

  const authorizeRead = (req: Request) => {
    const institutionId = authOf(req).user.institution.id;
    return authorize(
      ctx,
      req,
      'analytics:read',
      { institutionId },
      { type: 'analytics', id: null, institutionId },
    );
  };

  const record = (
    req: Request,
    action: 'analytics.viewed' | 'analytics.exported',
    details: Record<string, string | null>,
  ) => {
    const { user } = authOf(req);
    return ctx.db.transaction().execute((trx) =>
      appendAudit(trx, {
        action,
        outcome: 'allowed',
        actor: { userId: user.id, institutionId: user.institution.id },
        object: { type: 'analytics', id: null, institutionId: user.institution.id },
        clientAddress: req.ip ?? null,
        details,
        at: ctx.clock.now(),
      }),
    );
  };

  router.get('/', async (req, res) => {
    await authorizeRead(req);
    const query = parseInput(AnalyticsQuerySchema, req.query);
    const body: AnalyticsResponse = await computeAnalytics(
      ctx.db,
      authOf(req).user.institution.id,
      query,
    );
    await record(req, 'analytics.viewed', body.filters);
    res.json(body);
  });

  router.get('/:figure.csv', async (req, res) => {
    await authorizeRead(req);
    const { figure } = parseInput(FigureParamsSchema, req.params);
    const query = parseInput(AnalyticsQuerySchema, req.query);
    const { scope, filters } = await scopeOf(ctx.db, authOf(req).user.institution.id, query);
    const csv = await figureCsv(figure, (f) => FIGURE_QUERIES[f](ctx.db, scope));
    await record(req, 'analytics.exported', { figure, ...filters });
    const day = ctx.clock.now().toISOString().slice(0, 10);
    res
      .status(200)
      .set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="konsil-${figure}-${day}.csv"`,
        'Cache-Control': 'no-store',
      })
      .send(csv);
  });

  return router;
}

/** Runs one figure's query and writes its table; typed per figure so each gets its own shape. */
async function figureCsv<F extends AnalyticsFigure>(
  figure: F,
  run: (figure: F) => Promise<AnalyticsResponse['figures'][F]>,
): Promise<string> {
  return toCsv(figureTable(figure, await run(figure)));
}

import { Router } from 'express';
import { sql } from 'kysely';
import type { AppContext } from '../../../context';

export function healthRoutes(ctx: AppContext, isShuttingDown: () => boolean): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (isShuttingDown()) {
      res.status(503).json({ status: 'shutting_down' });
      return;
    }
    try {
      await sql`select 1`.execute(ctx.db);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database_unreachable' });
    }
  });
  return router;
}

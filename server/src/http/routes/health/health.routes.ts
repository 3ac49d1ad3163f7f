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
    const [database, redis] = await Promise.all([
      sql`select 1`.execute(ctx.db).then(
        () => 'ok' as const,
        () => 'unreachable' as const,
      ),
      ctx.cluster ? ctx.cluster.ping().then((isUp) => (isUp ? 'ok' : 'unreachable')) : null,
    ]);
    const checks = { database, ...(redis ? { redis } : {}) };
    if (database !== 'ok') {
      res.status(503).json({ status: 'database_unreachable', checks });
      return;
    }
    // Redis is shared by every instance: taking them all out of the balancer would stop REST as
    // well. Without it this instance still serves REST; live and notes wait for it to return.
    res.json({ status: redis && redis !== 'ok' ? 'degraded' : 'ready', checks });
  });
  return router;
}

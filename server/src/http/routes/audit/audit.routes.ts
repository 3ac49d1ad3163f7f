import { type AuditPage, AuditQuerySchema, type AuditVerifyResult } from '@konsil/shared';
import { type Request, Router } from 'express';
import { appendAudit } from '../../../audit/auditLog';
import type { AppContext } from '../../../context';
import { authorize } from '../../authorize';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';
import { exportAuditCsv } from './auditExport';
import { readAuditEvents } from './readAuditEvents';

export function auditRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(requireUser());

  const authorizeRead = (req: Request) => {
    const { user } = authOf(req);
    const institutionId = user.institution.id;
    return authorize(
      ctx,
      req,
      'audit:read',
      { institutionId },
      { type: 'audit_log', id: null, institutionId },
    );
  };

  const recordView = (req: Request, action: 'audit.viewed' | 'audit.verified') => {
    const { user } = authOf(req);
    return ctx.db.transaction().execute((trx) =>
      appendAudit(trx, {
        action,
        outcome: 'allowed',
        actor: { userId: user.id, institutionId: user.institution.id },
        object: { type: 'audit_log', id: null, institutionId: user.institution.id },
        clientAddress: req.ip ?? null,
        at: ctx.clock.now(),
      }),
    );
  };

  router.get('/', async (req, res) => {
    await authorizeRead(req);
    const { before, limit, ...filters } = parseInput(AuditQuerySchema, req.query);
    // One row more than the page tells whether an older page exists.
    const events = await readAuditEvents(ctx, authOf(req).user, filters, {
      before,
      limit: limit + 1,
    });
    const page = events.slice(0, limit);
    await recordView(req, 'audit.viewed');
    const last = page.at(-1);
    const body: AuditPage = {
      events: page,
      nextBefore: events.length > limit && last ? last.seq : null,
    };
    res.json(body);
  });

  router.get('/export.csv', exportAuditCsv(ctx, authorizeRead));

  router.get('/verify', async (req, res) => {
    await authorizeRead(req);
    // The chain's links, then its rows against the signed checkpoints (with this server's key).
    const result: AuditVerifyResult = await ctx.auditCheckpoints.verifyLog();
    await recordView(req, 'audit.verified');
    res.json(result);
  });

  return router;
}

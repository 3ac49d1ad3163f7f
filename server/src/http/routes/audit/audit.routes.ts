import { type AuditPage, AuditQuerySchema, type AuditVerifyResult } from '@konsil/shared';
import { type Request, Router } from 'express';
import { appendAudit } from '../../../audit/auditLog';
import type { AppContext } from '../../../context';
import { presentAuditEvent } from '../../../presenters/auditEvent';
import { queryAuditEvents } from '../../../storage/repositories/auditEvents';
import { authorize } from '../../authorize';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';

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
    const query = parseInput(AuditQuerySchema, req.query);
    const rows = await queryAuditEvents(ctx.db, authOf(req).user.institution.id, query);
    const page = rows.slice(0, query.limit);
    await recordView(req, 'audit.viewed');
    const last = page.at(-1);
    const body: AuditPage = {
      events: page.map(presentAuditEvent),
      nextBefore: rows.length > query.limit && last ? Number(last.seq) : null,
    };
    res.json(body);
  });

  router.get('/verify', async (req, res) => {
    await authorizeRead(req);
    // The chain's links, then its rows against the signed checkpoints (with this server's key).
    const result: AuditVerifyResult = await ctx.auditCheckpoints.verifyLog();
    await recordView(req, 'audit.verified');
    res.json(result);
  });

  return router;
}

import type { AuditCheckpoint, AuditCheckpointList } from '@konsil/shared';
import { type Request, Router } from 'express';
import { appendAudit } from '../../../audit/auditLog';
import type { AppContext } from '../../../context';
import { authorize } from '../../authorize';
import { authOf, requireUser } from '../../middleware/authenticate';

/**
 * Signed checkpoints of the audit chain, for admins: the list with the public
 * key that verifies it (to keep outside the database), and signing on demand.
 */
export function auditCheckpointRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(requireUser());

  // The checkpoints cover the whole chain; any institution's admin may keep a copy and add one.
  const authorizeAdmin = (req: Request) => {
    const institutionId = authOf(req).user.institution.id;
    return authorize(
      ctx,
      req,
      'audit:read',
      { institutionId },
      { type: 'audit_checkpoint', id: null, institutionId },
    );
  };

  const entryFor = (req: Request, details?: Record<string, number>) => {
    const { user } = authOf(req);
    return {
      outcome: 'allowed' as const,
      actor: { userId: user.id, institutionId: user.institution.id },
      object: { type: 'audit_checkpoint', id: null, institutionId: user.institution.id },
      clientAddress: req.ip ?? null,
      at: ctx.clock.now(),
      ...(details ? { details } : {}),
    };
  };

  router.get('/', async (req, res) => {
    await authorizeAdmin(req);
    const body: AuditCheckpointList = await ctx.auditCheckpoints.list();
    await ctx.db
      .transaction()
      .execute((trx) => appendAudit(trx, { action: 'audit.checkpoints_viewed', ...entryFor(req) }));
    res.json(body);
  });

  router.post('/', async (req, res) => {
    await authorizeAdmin(req);
    // The audit row is written in the signing transaction, so the new checkpoint covers it.
    const checkpoint: AuditCheckpoint = await ctx.auditCheckpoints.signNow((trx, number) =>
      appendAudit(trx, {
        action: 'audit.checkpoint_signed',
        ...entryFor(req, { checkpoint: number }),
      }),
    );
    res.status(201).json(checkpoint);
  });

  return router;
}

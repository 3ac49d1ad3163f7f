import {
  CertificateCodeParamsSchema,
  type CertificateVerificationResponse,
  type MyCertificatesResponse,
} from '@konsil/shared';
import { Router } from 'express';
import { appendAudit } from '../../../audit/auditLog';
import { myCertificatesOf, verificationOf } from '../../../certificates/certificateVerification';
import type { AppContext } from '../../../context';
import { DomainError } from '../../../errors/domainError';
import { actorOf } from '../../../policies/actor';
import { can, canAnonymously } from '../../../policies/can';
import { findCertificateByCode } from '../../../storage/repositories/certificates';
import { authOf, requireUser } from '../../middleware/authenticate';
import { RequestRateLimiter, rateLimit } from '../../middleware/rateLimit';
import { parseInput } from '../../middleware/validate';

/**
 * Lookups per address and minute. Far below the API's flood limit: with 60-bit codes this
 * makes guessing hopeless, while a chamber checking a pile of certificates by hand never
 * meets it.
 */
export const CERTIFICATE_LOOKUPS_PER_MINUTE = 10;

/**
 * /api/certificates: the signed-in user's certificates (GET /), and the public check of one
 * code (GET /:code), which needs no session — see ARCHITECTURE.md.
 */
export function certificateRoutes(ctx: AppContext): Router {
  const router = Router();
  const lookups = new RequestRateLimiter(CERTIFICATE_LOOKUPS_PER_MINUTE, 60_000, ctx.clock);

  router.get('/', requireUser(), async (req, res) => {
    const actor = actorOf(authOf(req).user);
    const reply: MyCertificatesResponse = { certificates: await myCertificatesOf(ctx.db, actor) };
    res.json(reply);
  });

  router.get('/:code', rateLimit(lookups), async (req, res) => {
    const isAllowed = req.auth
      ? can(actorOf(req.auth.user), 'certificate:verify', {})
      : canAnonymously('certificate:verify');
    if (!isAllowed) throw new DomainError('forbidden');
    const { code } = parseInput(CertificateCodeParamsSchema, req.params);
    const certificate = await findCertificateByCode(ctx.db, code);
    const found = certificate ? await verificationOf(ctx.db, certificate) : null;
    if (!certificate || !found) throw new DomainError('certificate_not_found');
    await ctx.db.transaction().execute((trx) =>
      appendAudit(trx, {
        action: 'certificate.verified',
        outcome: 'allowed',
        actor: req.auth
          ? { userId: req.auth.user.id, institutionId: req.auth.user.institution.id }
          : null,
        object: {
          type: 'board',
          id: certificate.boardId,
          institutionId: found.issuerInstitutionId,
        },
        clientAddress: req.ip ?? null,
        details: { holderId: certificate.userId },
        at: ctx.clock.now(),
      }),
    );
    const reply: CertificateVerificationResponse = { certificate: found.verification };
    res.json(reply);
  });

  return router;
}

import { CertificateQuerySchema, formatCertificateCode } from '@konsil/shared';
import { Router } from 'express';
import { appendAudit } from '../../../audit/auditLog';
import {
  attendanceCertificateOf,
  obtainCertificate,
} from '../../../certificates/attendanceCertificate';
import { attendanceCsvOf } from '../../../certificates/attendanceCsv';
import { renderCertificatePdf } from '../../../certificates/certificatePdf';
import type { AppContext } from '../../../context';
import { DomainError } from '../../../errors/domainError';
import { boardScopeOf } from '../../../policies/scopes';
import { allowedAudit } from '../../allowedAudit';
import { authorize } from '../../authorize';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';
import { publicOrigin } from '../../publicOrigin';
import { sendPdf } from '../../sendPdf';
import { loadVisibleBoard } from '../boards/loadBoard';

/**
 * A board's attendance: /api/boards/:boardId/certificate.pdf, the signed-in participant's own
 * certificate of attendance, and /api/boards/:boardId/attendance.csv, everyone's time, for
 * the coordinators of the board's institutions. Both once the board has ended; anyone who may
 * not see the board gets the 404 of a missing one.
 */
export function boardCertificateRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(requireUser());

  router.get('/:boardId/certificate.pdf', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    const { lang } = parseInput(CertificateQuerySchema, req.query);
    const { user } = authOf(req);
    const now = ctx.clock.now().toISOString();
    const certificate = await obtainCertificate(ctx.db, board, user, now);
    const origin = publicOrigin(ctx.config, req.socket.localPort ?? ctx.config.port);
    const locale = lang ?? user.institution.locale;
    const content = await attendanceCertificateOf(ctx.db, board, user, certificate, {
      locale,
      verifyUrl: `${origin}/certificates/${formatCertificateCode(certificate.code)}`,
    });
    const pdf = await renderCertificatePdf(content);
    await ctx.db
      .transaction()
      .execute((trx) =>
        appendAudit(
          trx,
          allowedAudit(
            ctx.clock,
            req,
            'certificate.downloaded',
            { type: 'board', id: board.id, institutionId: board.hostInstitutionId },
            { lang: locale, minutesAttended: certificate.minutesAttended },
          ),
        ),
      );
    // The code is in the file's name, so the holder finds it without opening the file.
    sendPdf(res, pdf, `certificate-${content.code}-${locale}.pdf`);
  });

  router.get('/:boardId/attendance.csv', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    const audited = { type: 'board', id: board.id, institutionId: board.hostInstitutionId };
    await authorize(ctx, req, 'attendance:export', boardScopeOf(board), audited);
    if (board.status !== 'ended') throw new DomainError('board_not_ended');
    const csv = await attendanceCsvOf(ctx.db, board);
    await ctx.db
      .transaction()
      .execute((trx) =>
        appendAudit(trx, allowedAudit(ctx.clock, req, 'attendance.exported', audited)),
      );
    res
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="attendance-${board.id}.csv"`)
      .set('Cache-Control', 'no-store')
      .send(csv);
  });

  return router;
}

import { AuditExportQuerySchema, LIMITS } from '@konsil/shared';
import type { Request, RequestHandler } from 'express';
import { auditCsv } from '../../../audit/auditCsv';
import { appendAudit } from '../../../audit/auditLog';
import { AUDIT_CSV_LABELS } from '../../../audit/csvLabels/labels';
import type { AppContext } from '../../../context';
import { authOf } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';
import { readAuditEvents } from './readAuditEvents';

/**
 * `GET /api/audit/export.csv?<the page's filters>&zone=&lang=`: the filtered log as the admin
 * sees it on the page (same scope, same names), at most `LIMITS.auditExportRows` rows, newest
 * first. The export is itself audited, with the filters it used.
 */
export function exportAuditCsv(
  ctx: AppContext,
  authorizeRead: (req: Request) => Promise<void>,
): RequestHandler {
  return async (req, res) => {
    await authorizeRead(req);
    const { zone, lang, ...filters } = parseInput(AuditExportQuerySchema, req.query);
    const { user } = authOf(req);
    const cap = LIMITS.auditExportRows;
    const events = await readAuditEvents(ctx, user, filters, { limit: cap + 1 });
    const timeZone = zone ?? user.institution.timeZone;
    const csv = auditCsv(events.slice(0, cap), {
      labels: AUDIT_CSV_LABELS[lang ?? user.institution.locale],
      timeZone,
      truncatedAt: events.length > cap ? cap : null,
    });
    const now = ctx.clock.now();
    await ctx.db.transaction().execute((trx) =>
      appendAudit(trx, {
        action: 'audit.exported',
        outcome: 'allowed',
        actor: { userId: user.id, institutionId: user.institution.id },
        object: { type: 'audit_log', id: null, institutionId: user.institution.id },
        clientAddress: req.ip ?? null,
        details: {
          actor: filters.actor ?? null,
          objectType: filters.objectType ?? null,
          object: filters.object ?? null,
          action: filters.action ?? null,
          from: filters.from ?? null,
          to: filters.to ?? null,
          rows: Math.min(events.length, cap),
        },
        at: now,
      }),
    );
    const day = now.toISOString().slice(0, 10);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="audit-${day}.csv"`)
      .set('Cache-Control', 'no-store')
      .send(csv);
  };
}

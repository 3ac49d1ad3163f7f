import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { appendAudit } from '../../../audit/auditLog';
import type { AppContext } from '../../../context';
import { type CaseExport, exportBundle, type FhirBundle } from '../../../fhir/export/bundle';
import { loadBoardFacts, loadCaseExport } from '../../../fhir/export/loadExport';
import { caseScopeOf } from '../../../policies/scopes';
import { allowedAudit } from '../../allowedAudit';
import { authorize } from '../../authorize';
import { requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';
import { loadVisibleCase } from '../boards/loadBoard';

/** `?identified=true` adds the home record number where the reader may see it. */
export const FhirExportQuerySchema = z.object({
  identified: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});

/**
 * One `case.exported` record per exported case, marked as a FHIR export and saying whether its
 * record number went out — never the number or any other identifier.
 */
export async function auditExport(ctx: AppContext, req: Request, cases: CaseExport[]) {
  await ctx.db.transaction().execute(async (trx) => {
    for (const { item, withHomeReference } of cases)
      await appendAudit(
        trx,
        allowedAudit(
          ctx.clock,
          req,
          'case.exported',
          { type: 'case', id: item.id, institutionId: item.homeInstitution.id },
          { format: 'fhir', identified: withHomeReference },
        ),
      );
  });
}

/** Clinical content: never cached on the way. */
export function sendFhirBundle(res: Response, bundle: FhirBundle) {
  res.set('Cache-Control', 'no-store').type('application/fhir+json').send(JSON.stringify(bundle));
}

/**
 * GET /api/boards/:boardId/cases/:caseId/fhir: the case, its review, recommendation and
 * positions (and the signed minutes' section) as a FHIR R4 Bundle. Whoever may read the case
 * may export it (the same 404 as the case GET otherwise); `?identified=true` is refused with
 * 403 unless the reader may see the home record number.
 */
export function fhirExportRoutes(ctx: AppContext): Router {
  const router = Router({ mergeParams: true });
  router.use(requireUser());

  router.get('/:caseId/fhir', async (req, res) => {
    const { identified } = parseInput(FhirExportQuerySchema, req.query);
    const { board, item } = await loadVisibleCase(ctx, req);
    if (identified)
      await authorize(ctx, req, 'case:readHomeReference', caseScopeOf(board, item), {
        type: 'case',
        id: item.id,
        institutionId: item.homeInstitution.id,
      });
    const exported = await loadCaseExport(ctx.db, item, identified);
    const bundle = exportBundle({
      scope: { kind: 'case', id: item.id },
      board,
      ...(await loadBoardFacts(ctx.db, board)),
      cases: [exported],
      timestamp: ctx.clock.now().toISOString(),
    });
    await auditExport(ctx, req, [exported]);
    sendFhirBundle(res, bundle);
  });

  return router;
}

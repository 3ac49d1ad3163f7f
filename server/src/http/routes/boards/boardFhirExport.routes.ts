import { Router } from 'express';
import type { AppContext } from '../../../context';
import { exportBundle } from '../../../fhir/export/bundle';
import { loadBoardFacts, loadCaseExport } from '../../../fhir/export/loadExport';
import { actorOf } from '../../../policies/actor';
import { can } from '../../../policies/can';
import { caseScopeOf } from '../../../policies/scopes';
import { recordRefusal } from '../../authorize';
import { HttpError } from '../../httpError';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';
import { auditExport, FhirExportQuerySchema, sendFhirBundle } from '../cases/fhirExport.routes';
import { loadVisibleBoard, visibleCasesOf } from './loadBoard';

/**
 * GET /api/boards/:boardId/fhir: every case of the board the reader may read (others are simply
 * not in it), with the signed minutes, as one FHIR R4 Bundle. `?identified=true` is refused
 * with 403 unless the reader may see the record number of at least one of those cases (a
 * clinician or coordinator of a home institution); then only those cases carry it.
 */
export function boardFhirExportRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(requireUser());

  router.get('/:boardId/fhir', async (req, res) => {
    const { identified } = parseInput(FhirExportQuerySchema, req.query);
    const board = await loadVisibleBoard(ctx, req);
    const actor = actorOf(authOf(req).user);
    const cases = (await visibleCasesOf(ctx, req, board)).map((item) => ({
      item,
      mayIdentify: can(actor, 'case:readHomeReference', caseScopeOf(board, item)),
    }));
    if (identified && !cases.some(({ mayIdentify }) => mayIdentify)) {
      await recordRefusal(ctx, req, 'case:readHomeReference', {
        type: 'board',
        id: board.id,
        institutionId: board.hostInstitutionId,
      });
      throw new HttpError(403, 'forbidden');
    }
    const exported = [];
    for (const { item, mayIdentify } of cases)
      exported.push(await loadCaseExport(ctx.db, item, identified && mayIdentify));
    const bundle = exportBundle({
      scope: { kind: 'board', id: board.id },
      board,
      ...(await loadBoardFacts(ctx.db, board)),
      cases: exported,
      timestamp: ctx.clock.now().toISOString(),
    });
    await auditExport(ctx, req, exported);
    sendFhirBundle(res, bundle);
  });

  return router;
}

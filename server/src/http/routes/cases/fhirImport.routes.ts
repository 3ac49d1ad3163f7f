import {
  type CaseResponse,
  type FhirImportPreviewResponse,
  FhirImportQuerySchema,
  type FhirImportReason,
  type FieldError,
  todayIn,
} from '@konsil/shared';
import express, { type Request, type Response, Router } from 'express';
import type { AppContext } from '../../../context';
import { DomainError } from '../../../errors/domainError';
import { FHIR_BUNDLE_MAX_BYTES, mapBundleToCase } from '../../../fhir/importBundle';
import { boardScopeOf } from '../../../policies/scopes';
import { authorize } from '../../authorize';
import { HttpError } from '../../httpError';
import { authOf, requireUser } from '../../middleware/authenticate';
import { bodyRefusal } from '../../middleware/jsonBody';
import { parseInput } from '../../middleware/validate';
import { loadVisibleBoard } from '../boards/loadBoard';
import { caseReply, createCase } from './createCase';

const FHIR_MEDIA_TYPES = ['application/fhir+json', 'application/json'];
const IMPORT_PATH = /^\/boards\/[^/]+\/cases\/fhir\/?$/;

/**
 * The import reads its own body (a bundle may be far larger than any other request), so the
 * API's JSON parser leaves it alone.
 */
export function isFhirImportRequest(req: Request): boolean {
  return req.method === 'POST' && IMPORT_PATH.test(req.path);
}

const parseBundle = express.json({
  type: FHIR_MEDIA_TYPES,
  limit: FHIR_BUNDLE_MAX_BYTES,
  strict: true,
});

/** A refusal of the body as a whole, named by the FHIR path of the whole bundle. */
function wholeBundleRefusal(error: unknown): unknown {
  const refusal = bodyRefusal(error);
  if (!(refusal instanceof HttpError)) return refusal;
  const maxMegabytes = FHIR_BUNDLE_MAX_BYTES / 1024 / 1024;
  const fields: Partial<Record<string, FieldError & { code: FhirImportReason }>> = {
    payload_too_large: {
      path: 'Bundle',
      message: `Body larger than ${maxMegabytes} MB`,
      code: 'body_too_large',
      params: { maxMegabytes },
    },
    invalid_json: { path: 'Bundle', message: 'Body is not JSON', code: 'body_not_json' },
  };
  const field = fields[refusal.id];
  if (!field) return refusal;
  return new HttpError(refusal.status, refusal.id, undefined, { fields: [field] });
}

/**
 * The parsed body. Read only once the user may import: nobody else makes the server parse
 * megabytes. The raw body is never logged (the request logger and error handler log neither).
 */
function readBundle(req: Request, res: Response): Promise<unknown> {
  if (!req.is(FHIR_MEDIA_TYPES)) throw new HttpError(415, 'unsupported_media_type');
  return new Promise((resolve, reject) => {
    parseBundle(req, res, (error?: unknown) => {
      if (error === undefined) resolve(req.body);
      else reject(wholeBundleRefusal(error));
    });
  });
}

/** `application/fhir+json; fhirVersion=4.0` names the version in the media type. */
function fhirVersionOf(req: Request): string | undefined {
  const match = /;\s*fhirVersion\s*=\s*"?([^;"\s]+)"?/i.exec(req.get('content-type') ?? '');
  return match?.[1];
}

/**
 * POST /api/boards/:boardId/cases/fhir: a FHIR R4 Bundle about one patient becomes a draft case
 * of the importing user's institution on that board (`?dryRun=true`: a preview, nothing stored).
 * Identifying data is dropped by the mapper before anything is stored, logged or audited.
 * Question and consent are not in FHIR: the home team completes the draft.
 */
export function fhirImportRoutes(ctx: AppContext): Router {
  const router = Router({ mergeParams: true });
  router.use(requireUser());

  router.post('/', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    const { user } = authOf(req);
    await authorize(ctx, req, 'case:create', boardScopeOf(board), {
      type: 'case',
      id: null,
      institutionId: user.institution.id,
    });
    const { dryRun } = parseInput(FhirImportQuerySchema, req.query);
    const body = await readBundle(req, res);
    const fhirVersion = fhirVersionOf(req);
    const today = todayIn(user.institution.timeZone, ctx.clock.now());
    const result = mapBundleToCase(body, { today, ...(fhirVersion ? { fhirVersion } : {}) });
    if (!result.ok) {
      throw new DomainError('fhir_bundle_invalid', undefined, {
        fields: result.problems.map(({ path, reason, code, params }) => ({
          path,
          message: reason,
          code,
          ...(params ? { params } : {}),
        })),
      });
    }
    const { content, dropped, unmapped } = result;
    if (dryRun) {
      const preview: FhirImportPreviewResponse = { preview: { case: content, dropped, unmapped } };
      res.json(preview);
      return;
    }
    const caseId = await createCase(ctx, req, board, content, {
      source: 'fhir',
      dropped: dropped.length,
      unmapped: unmapped.length,
    });
    const reply: CaseResponse = await caseReply(ctx, req, board.id, caseId);
    res.status(201).json(reply);
  });

  return router;
}

import {
  AmendMinutesInputSchema,
  LocaleSchema,
  type MinutesResponse,
  type MinutesVersion,
  SaveMinutesSummaryInputSchema,
  SignMinutesInputSchema,
} from '@konsil/shared';
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { type AuditEntry, appendAudit } from '../../../audit/auditLog';
import { amendMinutes, signMinutes } from '../../../commands/signMinutes';
import type { AppContext } from '../../../context';
import { generateMinutes } from '../../../minutes/generateMinutes';
import { diffMinutes } from '../../../minutes/minutesDiff';
import { draftHashOf } from '../../../minutes/minutesHash';
import { renderMinutesPdf } from '../../../minutes/minutesPdf';
import { minutesWarnings } from '../../../minutes/minutesWarnings';
import { actorOf } from '../../../policies/actor';
import { can } from '../../../policies/can';
import { boardScopeOf } from '../../../policies/scopes';
import type { BoardRecord } from '../../../storage/repositories/boards';
import {
  listSignedMinutes,
  type SignedMinutesRecord,
  saveDraftSummary,
} from '../../../storage/repositories/minutes';
import { allowedAudit } from '../../allowedAudit';
import { authorize } from '../../authorize';
import { HttpError } from '../../httpError';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';
import { sendPdf } from '../../sendPdf';
import { loadVisibleBoard } from '../boards/loadBoard';

type MinutesAuditAction = 'minutes.viewed' | 'minutes.summary_saved' | 'minutes.exported';

const VersionParamsSchema = z.object({ version: z.coerce.number().int().positive() });
const DiffQuerySchema = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});

function presentSigned(record: SignedMinutesRecord): MinutesVersion {
  return {
    boardId: record.boardId,
    version: record.version,
    state: 'signed',
    content: record.content,
    signature: {
      signedBy: record.signedBy,
      signedAt: record.signedAt,
      contentHash: record.contentHash,
    },
    amendmentReason: record.amendmentReason,
    draftHash: draftHashOf(record.content),
  };
}

/**
 * Minutes of a board: /api/boards/:boardId/minutes[...]. Readers of the board
 * read them; coordinators of its institutions sign and amend. Every view,
 * export and change is audited.
 */
export function minutesRoutes(ctx: AppContext): Router {
  const router = Router({ mergeParams: true });
  router.use(requireUser());

  const audit = (
    req: Request,
    action: MinutesAuditAction,
    board: BoardRecord,
    details?: AuditEntry['details'],
  ) =>
    ctx.db
      .transaction()
      .execute((trx) =>
        appendAudit(
          trx,
          allowedAudit(
            ctx.clock,
            req,
            action,
            { type: 'board', id: board.id, institutionId: board.hostInstitutionId },
            details,
          ),
        ),
      );

  const authorizeSigning = (req: Request, board: BoardRecord) =>
    authorize(ctx, req, 'minutes:sign', boardScopeOf(board), {
      type: 'board',
      id: board.id,
      institutionId: board.hostInstitutionId,
    });

  function permissionsOf(req: Request, board: BoardRecord, signed: boolean) {
    const mayRun = can(actorOf(authOf(req).user), 'minutes:sign', boardScopeOf(board));
    return { canSign: mayRun && !signed, canAmend: mayRun && signed };
  }

  /** The latest signed version, or the live draft of an ended board. */
  async function currentMinutes(req: Request, board: BoardRecord): Promise<MinutesResponse> {
    const signed = await listSignedMinutes(ctx.db, board.id);
    const latest = signed.at(-1);
    if (latest)
      return { minutes: presentSigned(latest), permissions: permissionsOf(req, board, true) };
    if (board.status !== 'ended') throw new HttpError(404, 'minutes_not_available');
    const content = await generateMinutes(ctx.db, board);
    return {
      minutes: {
        boardId: board.id,
        version: 1,
        state: 'draft',
        content,
        signature: null,
        amendmentReason: null,
        draftHash: draftHashOf(content),
      },
      permissions: permissionsOf(req, board, false),
      warnings: minutesWarnings(content),
    };
  }

  router.get('/:boardId/minutes', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    const reply = await currentMinutes(req, board);
    await audit(req, 'minutes.viewed', board, {
      version: reply.minutes.version,
      state: reply.minutes.state,
    });
    res.json(reply);
  });

  router.get('/:boardId/minutes/versions', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    const signed = await listSignedMinutes(ctx.db, board.id);
    await audit(req, 'minutes.viewed', board, { versions: signed.length });
    res.json({
      versions: signed.map((record) => {
        const { signature, version, amendmentReason } = presentSigned(record);
        return { version, signature, amendmentReason };
      }),
    });
  });

  router.get('/:boardId/minutes/versions/:version', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    const { version } = parseInput(VersionParamsSchema, req.params);
    const record = (await listSignedMinutes(ctx.db, board.id)).find(
      (entry) => entry.version === version,
    );
    if (!record) throw new HttpError(404, 'not_found');
    await audit(req, 'minutes.viewed', board, { version });
    res.json({ minutes: presentSigned(record), permissions: permissionsOf(req, board, true) });
  });

  router.get('/:boardId/minutes/diff', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    const { from, to } = parseInput(DiffQuerySchema, req.query);
    const signed = await listSignedMinutes(ctx.db, board.id);
    const before = signed.find((entry) => entry.version === from);
    const after = signed.find((entry) => entry.version === to);
    if (!before || !after) throw new HttpError(404, 'not_found');
    await audit(req, 'minutes.viewed', board, { from, to });
    res.json(diffMinutes(before, after));
  });

  router.put('/:boardId/minutes/summary', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    await authorizeSigning(req, board);
    if (board.minutesSigned) throw new HttpError(409, 'minutes_signed');
    const { summary } = parseInput(SaveMinutesSummaryInputSchema, req.body);
    await saveDraftSummary(ctx.db, board.id, summary, authOf(req).user.id, ctx.clock.now());
    await audit(req, 'minutes.summary_saved', board);
    res.json(await currentMinutes(req, board));
  });

  router.post('/:boardId/minutes/sign', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    await authorizeSigning(req, board);
    const { draftHash } = parseInput(SignMinutesInputSchema, req.body);
    const signing = { board, signer: authOf(req).user, clientAddress: req.ip ?? null };
    const record = await signMinutes(ctx, signing, draftHash);
    res
      .status(201)
      .json({ minutes: presentSigned(record), permissions: permissionsOf(req, board, true) });
  });

  router.post('/:boardId/minutes/amendments', async (req, res) => {
    const board = await loadVisibleBoard(ctx, req);
    await authorizeSigning(req, board);
    const input = parseInput(AmendMinutesInputSchema, req.body);
    const latest = (await listSignedMinutes(ctx.db, board.id)).at(-1);
    if (!latest) throw new HttpError(409, 'conflict', 'Only signed minutes can be amended');
    const signing = { board, signer: authOf(req).user, clientAddress: req.ip ?? null };
    const record = await amendMinutes(ctx, signing, latest, input);
    res
      .status(201)
      .json({ minutes: presentSigned(record), permissions: permissionsOf(req, board, true) });
  });

  router.get('/:boardId/minutes.pdf', async (req, res: Response) => {
    const board = await loadVisibleBoard(ctx, req);
    const latest = (await listSignedMinutes(ctx.db, board.id)).at(-1);
    if (!latest) throw new HttpError(404, 'minutes_not_available');
    // The reader's language for the PDF's own words; the minutes' text stays as written.
    const locale =
      LocaleSchema.safeParse(req.query.lang).data ?? authOf(req).user.institution.locale;
    const pdf = await renderMinutesPdf(presentSigned(latest), locale);
    await audit(req, 'minutes.exported', board, { version: latest.version });
    sendPdf(res, pdf, `minutes-${board.id.slice(0, 8)}-v${latest.version}.pdf`);
  });

  return router;
}

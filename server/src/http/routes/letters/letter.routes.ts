import { type LetterAvailabilityResponse, LetterQuerySchema } from '@konsil/shared';
import { type Request, Router } from 'express';
import { appendAudit } from '../../../audit/auditLog';
import type { AppContext } from '../../../context';
import { caseLetterOf, letterAvailabilityOf } from '../../../letters/caseLetter';
import { renderLetterPdf } from '../../../letters/letterPdf';
import { actorOf } from '../../../policies/actor';
import { can } from '../../../policies/can';
import { caseScopeOf } from '../../../policies/scopes';
import { listSignedMinutes } from '../../../storage/repositories/minutes';
import { allowedAudit } from '../../allowedAudit';
import { HttpError } from '../../httpError';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';
import { sendPdf } from '../../sendPdf';
import { loadVisibleCase } from '../boards/loadBoard';

/**
 * The letter to the referring physician: /api/boards/:boardId/cases/:caseId/letter[.pdf].
 * Anyone who may read the case may have it (everyone else gets the 404 of a missing case);
 * it exists once the minutes are signed, for a case decided in their latest version.
 */
export function letterRoutes(ctx: AppContext): Router {
  const router = Router({ mergeParams: true });
  router.use(requireUser());

  async function loadLetterCase(req: Request) {
    const { board, item } = await loadVisibleCase(ctx, req);
    const latest = (await listSignedMinutes(ctx.db, board.id)).at(-1);
    return { board, item, latest };
  }

  // Whether the download would succeed, for the pages' link: not audited, as it reads no
  // case content beyond the status the reader already sees (refusals are audited).
  router.get('/:caseId/letter', async (req, res) => {
    const { item, latest } = await loadLetterCase(req);
    const reply: LetterAvailabilityResponse = { letter: letterAvailabilityOf(latest, item.id) };
    res.set('Cache-Control', 'no-store').json(reply);
  });

  router.get('/:caseId/letter.pdf', async (req, res) => {
    const { board, item, latest } = await loadLetterCase(req);
    const { lang } = parseInput(LetterQuerySchema, req.query);
    if (!latest) throw new HttpError(409, 'minutes_not_signed');
    const { user } = authOf(req);
    // The home reference is looked up live, never from the minutes (it is not in them).
    const mayReadReference = can(actorOf(user), 'case:readHomeReference', caseScopeOf(board, item));
    const locale = lang ?? user.institution.locale;
    const letter = caseLetterOf(latest, item.id, {
      locale,
      timeZone: user.institution.timeZone,
      homeReference: mayReadReference ? item.homeReference : null,
      issuedAt: ctx.clock.now().toISOString(),
    });
    if (!letter) throw new HttpError(409, 'letter_not_available');
    const pdf = await renderLetterPdf(letter);
    await ctx.db.transaction().execute((trx) =>
      appendAudit(
        trx,
        allowedAudit(
          ctx.clock,
          req,
          'case.letter_downloaded',
          { type: 'case', id: item.id, institutionId: item.homeInstitution.id },
          {
            lang: locale,
            minutesVersion: latest.version,
            withHomeReference: letter.patient.homeReference !== null,
          },
        ),
      ),
    );
    sendPdf(res, pdf, `letter-${item.pseudonym}-v${latest.version}-${locale}.pdf`);
  });

  return router;
}

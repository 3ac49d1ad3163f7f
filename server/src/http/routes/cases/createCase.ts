import type { CaseResponse, CreateCaseInput } from '@konsil/shared';
import type { Request } from 'express';
import { type AuditEntry, appendAudit } from '../../../audit/auditLog';
import { generatePseudonym } from '../../../cases/pseudonym';
import { checkCaseContent } from '../../../commands/caseContent';
import type { AppContext } from '../../../context';
import { actorOf } from '../../../policies/actor';
import { presentCaseDetail } from '../../../presenters/case';
import { indexCase } from '../../../search/indexing';
import {
  type BoardRecord,
  bumpAgendaVersion,
  findBoard,
} from '../../../storage/repositories/boards';
import { findCase, insertCase, pseudonymExists } from '../../../storage/repositories/cases';
import { allowedAudit } from '../../allowedAudit';
import { HttpError } from '../../httpError';
import { authOf } from '../../middleware/authenticate';

/**
 * Stores a new draft case of the signed-in user's institution on `board`, appended to the
 * agenda, indexed for search and audited as `case.created` (with `details`, e.g. its source).
 * The caller has authorized `case:create` and parsed `input`. Returns the new case's id.
 */
export async function createCase(
  ctx: AppContext,
  req: Request,
  board: BoardRecord,
  input: CreateCaseInput,
  details?: AuditEntry['details'],
): Promise<string> {
  const { user } = authOf(req);
  const presenterId = await checkCaseContent(ctx.db, ctx.clock, user, user.institution.id, input);
  let pseudonym = generatePseudonym(user.institution.code);
  while (await pseudonymExists(ctx.db, pseudonym))
    pseudonym = generatePseudonym(user.institution.code);
  const caseId = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertCase(trx, {
      boardId: board.id,
      homeInstitutionId: user.institution.id,
      pseudonym,
      allottedMinutes: input.allottedMinutes,
      status: 'draft',
      presenterId,
      createdBy: user.id,
      content: input,
      at: ctx.clock.now(),
    });
    // A new case changes the agenda: coordinators holding the old order must reload.
    await bumpAgendaVersion(trx, board.id, board.agendaVersion);
    const stored = await findCase(trx, board.id, id);
    if (stored) await indexCase(trx, stored, ctx.clock.now());
    await appendAudit(
      trx,
      allowedAudit(
        ctx.clock,
        req,
        'case.created',
        { type: 'case', id, institutionId: user.institution.id },
        details,
      ),
    );
    return id;
  });
  ctx.changes.publish({ kind: 'live.agenda', boardId: board.id });
  return caseId;
}

/** The `{ case }` reply for one case of a board, as the signed-in user may see it. */
export async function caseReply(
  ctx: AppContext,
  req: Request,
  boardId: string,
  caseId: string,
): Promise<CaseResponse> {
  const item = await findCase(ctx.db, boardId, caseId);
  const board = await findBoard(ctx.db, boardId);
  if (!item || !board) throw new HttpError(404, 'not_found');
  return { case: presentCaseDetail(board, item, actorOf(authOf(req).user)) };
}

import { assessReadiness, type CarryOverEntry, type CaseStatus } from '@konsil/shared';
import { appendAudit } from '../audit/auditLog';
import type { AppContext } from '../context';
import { HttpError } from '../http/httpError';
import { type Actor, can } from '../policies/can';
import { boardScopeOf } from '../policies/scopes';
import { moveCaseInIndex } from '../search/indexing';
import type { Db } from '../storage/db';
import {
  type BoardRecord,
  bumpAgendaVersion,
  listCandidateBoards,
} from '../storage/repositories/boards';
import { appendCaseEvent } from '../storage/repositories/caseEvents';
import { type CaseRecord, moveCaseToBoard } from '../storage/repositories/cases';

/**
 * Whether `actor` may carry `item` from `source` to `target`: another board that starts later,
 * still scheduled (a live board is working through its agenda, an ended one is closed), where the
 * case's home institution takes part, and whose agenda the actor may edit. Whether the actor may
 * carry the case at all (`case:carryOver`) is asked first.
 */
export function isCarryOverTarget(
  actor: Actor,
  source: BoardRecord,
  item: CaseRecord,
  target: BoardRecord,
): boolean {
  return (
    target.id !== source.id &&
    target.status === 'scheduled' &&
    target.startsAt > source.startsAt &&
    target.institutions.some((institution) => institution.id === item.homeInstitution.id) &&
    can(actor, 'agenda:edit', boardScopeOf(target))
  );
}

/** The boards `actor` may carry `item` to, soonest first. */
export async function carryOverTargets(
  db: Db,
  actor: Actor,
  source: BoardRecord,
  item: CaseRecord,
): Promise<BoardRecord[]> {
  const candidates = await listCandidateBoards(db, {
    id: actor.id,
    institutionId: actor.institutionId,
  });
  return candidates.filter((target) => isCarryOverTarget(actor, source, item, target));
}

export interface CarryOver {
  actor: Actor;
  source: BoardRecord;
  item: CaseRecord;
  target: BoardRecord;
  clientAddress: string | null;
}

const boardRef = (board: BoardRecord) => ({
  id: board.id,
  title: board.title,
  startsAt: board.startsAt,
});

/**
 * Moves the case to the end of the target's agenda, with everything it carries (same case id:
 * notes, recommendation, positions, history), records a `carried_over` event and an audit entry,
 * and tells both boards' live rooms. Checks of who may and where to are the caller's.
 */
export async function carryOverCase(ctx: AppContext, move: CarryOver): Promise<CarryOverEntry> {
  const { actor, source, item, target } = move;
  const now = ctx.clock.now();
  // Back on an agenda, waiting to be discussed; "ready" only when it passes the readiness check
  // a coordinator's "mark ready" asks (and the actor is a coordinator taking part there).
  const status: CaseStatus = assessReadiness(item.content).isReady ? 'ready' : 'submitted';
  const moved = await ctx.db.transaction().execute(async (trx) => {
    const isMoved = await moveCaseToBoard(trx, {
      caseId: item.id,
      fromBoardId: source.id,
      toBoardId: target.id,
      expectedVersion: item.version,
      status,
      at: now,
    });
    if (!isMoved) return false;
    await appendCaseEvent(trx, {
      caseId: item.id,
      kind: 'carried_over',
      boardId: source.id,
      toBoardId: target.id,
      actorId: actor.id,
      at: now,
    });
    // Both agendas changed: a coordinator holding either order reloads before reordering.
    await bumpAgendaVersion(trx, target.id, target.agendaVersion);
    await bumpAgendaVersion(trx, source.id, source.agendaVersion);
    await moveCaseInIndex(trx, item.id, target.id);
    await appendAudit(trx, {
      action: 'case.carried_over',
      outcome: 'allowed',
      actor: { userId: actor.id, institutionId: actor.institutionId },
      object: { type: 'case', id: item.id, institutionId: item.homeInstitution.id },
      clientAddress: move.clientAddress,
      details: { fromBoardId: source.id, toBoardId: target.id, status },
      at: now,
    });
    return true;
  });
  if (!moved) throw new HttpError(409, 'conflict');
  // Who may read the case follows its board now: both rooms ask again and reload their agendas.
  ctx.changes.publish({ kind: 'board.access', boardId: source.id, cause: 'case_edited' });
  ctx.changes.publish({ kind: 'board.access', boardId: target.id, cause: 'case_edited' });
  return {
    caseId: item.id,
    pseudonym: item.pseudonym,
    from: boardRef(source),
    to: boardRef(target),
    at: now.toISOString(),
  };
}

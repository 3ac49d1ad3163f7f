import type { CaseStatus } from '@konsil/shared';
import { appendAudit } from '../audit/auditLog';
import type { Actor } from '../policies/can';
import type { Db } from '../storage/db';
import type { BoardRecord } from '../storage/repositories/boards';
import { appendCaseEvent } from '../storage/repositories/caseEvents';
import { closeCase, listCasesOfBoard } from '../storage/repositories/cases';

/** Put before the board but not closed when it ended. Drafts were never put before it. */
const AWAITING_DISCUSSION: readonly CaseStatus[] = ['submitted', 'ready'];

/**
 * The board ended before these cases were reached: each becomes `not_discussed` (so it can be
 * carried over) with a case event by no one — the system did it — and an audit entry naming
 * the chair who ended the board. Runs in the transaction that ends the board.
 *
 * One audit entry per case rather than per board: the audit trail is read per object, and an
 * admin of a guest institution sees entries on their institution's cases, not on the host's board.
 */
export async function markUndiscussedCases(
  trx: Db,
  board: BoardRecord,
  actor: Actor | null,
  now: Date,
): Promise<string[]> {
  const cases = await listCasesOfBoard(trx, board.id);
  const undiscussed = cases.filter((item) => AWAITING_DISCUSSION.includes(item.status));
  for (const item of undiscussed) {
    await closeCase(trx, item.id, 'not_discussed', null, now);
    await appendCaseEvent(trx, {
      caseId: item.id,
      kind: 'not_discussed',
      boardId: board.id,
      actorId: null,
      at: now,
    });
    await appendAudit(trx, {
      action: 'case.status_changed',
      outcome: 'allowed',
      actor: actor ? { userId: actor.id, institutionId: actor.institutionId } : null,
      object: { type: 'case', id: item.id, institutionId: item.homeInstitution.id },
      clientAddress: null,
      details: { from: item.status, to: 'not_discussed', cause: 'board_ended' },
      at: now,
    });
  }
  return undiscussed.map((item) => item.id);
}

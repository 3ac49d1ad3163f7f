import type { AppContext } from '../context';
import { appendAudit } from './auditLog';

export interface RefusedAttempt {
  /** Null for requests without a session (REST logs those only, see authorize.ts). */
  actor: { id: string; institutionId: string } | null;
  /** The policy action or protocol step that was refused. */
  attempted: string;
  object: { type: string; id: string | null; institutionId: string | null };
  clientAddress: string | null;
}

/** One `access.refused` record, the same for REST, the live board and the notes websocket. */
export async function auditRefusal(ctx: AppContext, attempt: RefusedAttempt): Promise<void> {
  const { actor } = attempt;
  await ctx.db.transaction().execute((trx) =>
    appendAudit(trx, {
      action: 'access.refused',
      outcome: 'refused',
      actor: actor ? { userId: actor.id, institutionId: actor.institutionId } : null,
      object: attempt.object,
      clientAddress: attempt.clientAddress,
      details: { attempted: attempt.attempted },
      at: ctx.clock.now(),
    }),
  );
}

import { appendAudit } from '../audit/auditLog';
import type { AppContext } from '../context';
import type { UserRecord } from '../storage/repositories/users';

/** What a notes audit record says about the connection it comes from. */
export interface AuditedNotesConnection {
  user: UserRecord;
  caseId: string;
  homeInstitutionId: string;
  clientAddress: string;
}

type NotesAuditAction = 'notes.opened' | 'notes.edited' | 'notes.edit_refused';

/** One audit record about a notes connection: opened, edited (on close), an edit refused. */
export async function auditNotes(
  ctx: AppContext,
  connection: AuditedNotesConnection,
  action: NotesAuditAction,
  details: Record<string, string | number>,
): Promise<void> {
  const { user, caseId, homeInstitutionId, clientAddress } = connection;
  await ctx.db.transaction().execute((trx) =>
    appendAudit(trx, {
      action,
      outcome: action === 'notes.edit_refused' ? 'refused' : 'allowed',
      actor: { userId: user.id, institutionId: user.institution.id },
      object: { type: 'case', id: caseId, institutionId: homeInstitutionId },
      clientAddress,
      details,
      at: ctx.clock.now(),
    }),
  );
}

import { EMPTY_RECOMMENDATION, type MinutesContent } from '@konsil/shared';
import { appendAudit } from '../audit/auditLog';
import type { AppContext } from '../context';
import { HttpError } from '../http/httpError';
import { canonicalJson } from '../minutes/canonicalJson';
import { generateMinutes } from '../minutes/generateMinutes';
import { draftHashOf, signedHashOf } from '../minutes/minutesHash';
import { indexMinutes } from '../search/indexing';
import { isUniqueViolation } from '../storage/dialect';
import type { BoardRecord } from '../storage/repositories/boards';
import {
  insertSignedMinutes,
  latestSignedVersion,
  type SignedMinutesRecord,
} from '../storage/repositories/minutes';
import type { UserRecord } from '../storage/repositories/users';

interface Signing {
  board: BoardRecord;
  signer: UserRecord;
  clientAddress: string | null;
}

/**
 * Stores one signed version and its audit record in one transaction. Two
 * coordinators signing the same version at once: one wins, the other gets 409.
 */
async function storeSigned(
  ctx: AppContext,
  { board, signer, clientAddress }: Signing,
  content: MinutesContent,
  version: number,
  amendmentReason: string | null,
): Promise<SignedMinutesRecord> {
  const now = ctx.clock.now();
  const facts = {
    version,
    signedBy: { id: signer.id, name: signer.name, institutionCode: signer.institution.code },
    signedAt: now.toISOString(),
    amendmentReason,
  };
  const record: SignedMinutesRecord = {
    boardId: board.id,
    content,
    contentHash: signedHashOf(content, facts),
    ...facts,
  };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertSignedMinutes(trx, record, canonicalJson(content));
      await indexMinutes(trx, content, now);
      await appendAudit(trx, {
        action: version === 1 ? 'minutes.signed' : 'minutes.amended',
        outcome: 'allowed',
        actor: { userId: signer.id, institutionId: signer.institution.id },
        object: { type: 'board', id: board.id, institutionId: board.hostInstitutionId },
        clientAddress,
        details: { version, contentHash: record.contentHash },
        at: now,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new HttpError(409, 'conflict');
    throw error;
  }
  // Notes turn read-only and decisions refuse changes: open connections are asked again.
  ctx.changes.publish({ kind: 'board.access', boardId: board.id, cause: 'minutes_signed' });
  return record;
}

/** Signs exactly the draft the coordinator reviewed; a draft that changed since answers 409. */
export async function signMinutes(
  ctx: AppContext,
  signing: Signing,
  reviewedDraftHash: string,
): Promise<SignedMinutesRecord> {
  if ((await latestSignedVersion(ctx.db, signing.board.id)) > 0) {
    throw new HttpError(409, 'minutes_signed');
  }
  const content = await generateMinutes(ctx.db, signing.board);
  if (draftHashOf(content) !== reviewedDraftHash) {
    throw new HttpError(409, 'conflict', 'The draft changed since you reviewed it');
  }
  return storeSigned(ctx, signing, content, 1, null);
}

export interface Amendment {
  basedOnVersion: number;
  reason: string;
  summary: string;
  cases: { caseId: string; notes: string; decisionText: string }[];
}

/**
 * An amendment corrects the signed text (summary, each case's notes and
 * decision) and is signed at once as the next version, with its reason.
 */
export async function amendMinutes(
  ctx: AppContext,
  signing: Signing,
  latest: SignedMinutesRecord,
  amendment: Amendment,
): Promise<SignedMinutesRecord> {
  if (amendment.basedOnVersion !== latest.version) throw new HttpError(409, 'conflict');
  const corrections = new Map(amendment.cases.map((entry) => [entry.caseId, entry]));
  const unknown = amendment.cases.findIndex(
    (entry) => !latest.content.cases.some((item) => item.caseId === entry.caseId),
  );
  if (unknown !== -1) {
    throw new HttpError(400, 'validation_failed', undefined, {
      fields: [{ path: `cases.${unknown}.caseId`, message: 'Not a case of these minutes' }],
    });
  }
  const content: MinutesContent = {
    ...latest.content,
    summary: amendment.summary,
    cases: latest.content.cases.map((item) => {
      const correction = corrections.get(item.caseId);
      if (!correction) return item;
      const recommendation =
        item.recommendation ?? (correction.decisionText === '' ? null : EMPTY_RECOMMENDATION);
      return {
        ...item,
        notes: correction.notes,
        recommendation: recommendation && {
          ...recommendation,
          decisionText: correction.decisionText,
        },
      };
    }),
  };
  if (canonicalJson(content) === canonicalJson(latest.content)) {
    throw new HttpError(400, 'validation_failed', 'An amendment must change something', {
      fields: [{ path: 'cases', message: 'Nothing changed' }],
    });
  }
  return storeSigned(ctx, signing, content, latest.version + 1, amendment.reason);
}

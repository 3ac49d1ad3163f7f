import { type KeyObject, sign, verify } from 'node:crypto';
import type { AuditCheckpoint } from '@konsil/shared';
import type { Kysely } from 'kysely';
import type { Db } from '../storage/db';
import { isUniqueViolation } from '../storage/dialect';
import type { AuditCheckpointTable, Database } from '../storage/schema';
import type { AuditSigningKey } from './signingKey';

type Signed = Pick<AuditCheckpoint, 'number' | 'seq' | 'hash' | 'signedAt'>;

/**
 * The exact text that is signed. It names the previous checkpoint's signature,
 * so removing a checkpoint from the middle breaks the one after it, even when
 * the rest are renumbered. Changing this text invalidates every checkpoint.
 */
export function checkpointMessage(checkpoint: Signed, previousSignature: string | null): string {
  return [
    'konsil-audit-checkpoint-v1',
    `number:${checkpoint.number}`,
    `seq:${checkpoint.seq}`,
    `hash:${checkpoint.hash}`,
    `signed-at:${checkpoint.signedAt}`,
    `previous:${previousSignature ?? 'none'}`,
  ].join('\n');
}

export function signCheckpoint(
  privateKey: KeyObject,
  checkpoint: Signed,
  previousSignature: string | null,
): string {
  const message = Buffer.from(checkpointMessage(checkpoint, previousSignature), 'utf8');
  return sign(null, message, privateKey).toString('base64');
}

/** False for a signature that does not match, and for one that is not even well-formed. */
export function checkpointSignatureHolds(
  publicKey: KeyObject,
  checkpoint: AuditCheckpoint,
  previousSignature: string | null,
): boolean {
  const message = Buffer.from(checkpointMessage(checkpoint, previousSignature), 'utf8');
  try {
    return verify(null, message, publicKey, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}

export function presentCheckpoint(row: AuditCheckpointTable): AuditCheckpoint {
  return {
    number: Number(row.number),
    seq: Number(row.seq),
    hash: row.row_hash,
    signedAt: row.signed_at,
    signature: row.signature,
    keyId: row.key_id,
  };
}

export async function listCheckpoints(db: Db): Promise<AuditCheckpoint[]> {
  const rows = await db.selectFrom('audit_checkpoints').selectAll().orderBy('number').execute();
  return rows.map(presentCheckpoint);
}

export interface SignOptions {
  /** Interval signing: nothing to do while the head is where the last checkpoint left it. */
  onlyIfHeadMoved: boolean;
  /** Runs in the signing transaction before the head is read (the admin's audit row, so it is covered). */
  beforeSigning?: (trx: Kysely<Database>, number: number) => Promise<void>;
}

/**
 * Signs the chain's current head as the next checkpoint; null when skipped
 * (empty log, unchanged head, or another instance signed the same number).
 */
export async function signHeadCheckpoint(
  db: Db,
  key: AuditSigningKey,
  at: Date,
  options: SignOptions,
): Promise<AuditCheckpoint | null> {
  try {
    return await db.transaction().execute(async (trx) => {
      // A no-op update takes the head's row lock on PostgreSQL, so appends and other
      // signers wait: the head read below is the tip, and numbers are handed out in turn.
      await trx
        .updateTable('audit_head')
        .set((eb) => ({ seq: eb.ref('seq') }))
        .where('id', '=', 1)
        .execute();
      const last = await trx
        .selectFrom('audit_checkpoints')
        .selectAll()
        .orderBy('number', 'desc')
        .limit(1)
        .executeTakeFirst();
      const number = (last ? Number(last.number) : 0) + 1;
      await options.beforeSigning?.(trx, number);
      const head = await trx
        .selectFrom('audit_head')
        .select(['seq', 'last_hash'])
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
      const seq = Number(head.seq);
      if (seq === 0) return null;
      if (options.onlyIfHeadMoved && last && Number(last.seq) === seq) return null;
      const unsigned = { number, seq, hash: head.last_hash, signedAt: at.toISOString() };
      const signature = signCheckpoint(key.privateKey, unsigned, last?.signature ?? null);
      await trx
        .insertInto('audit_checkpoints')
        .values({
          number,
          seq,
          row_hash: unsigned.hash,
          signed_at: unsigned.signedAt,
          signature,
          key_id: key.keyId,
        })
        .execute();
      return { ...unsigned, signature, keyId: key.keyId };
    });
  } catch (error) {
    // The head lock makes this rare; the primary key is the backstop for two signers.
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

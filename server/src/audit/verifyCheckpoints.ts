import type { KeyObject } from 'node:crypto';
import type {
  AuditCheckpoint,
  AuditCheckpointProblem,
  AuditCheckpointVerification,
} from '@konsil/shared';
import type { Db } from '../storage/db';
import { checkpointSignatureHolds } from './checkpoints';
import { keyIdOf } from './signingKey';

const BATCH = 500;

/**
 * Checks each checkpoint's number, key and signature with `publicKey`, then
 * whether the row it names still has the hash that was signed. Together with
 * the plain chain walk (every link intact) a matching row proves every row up
 * to it is as it was when signed; a rewrite that recomputed every later hash
 * and the head passes that walk but not this.
 */
export async function verifyAgainstCheckpoints(
  db: Db,
  checkpoints: readonly AuditCheckpoint[],
  publicKey: KeyObject,
): Promise<AuditCheckpointVerification> {
  const ordered = [...checkpoints].sort((a, b) => a.number - b.number);
  const keyId = keyIdOf(publicKey);
  const storedHashes = await rowHashesAt(
    db,
    ordered.map((checkpoint) => checkpoint.seq),
  );
  let lastVerified: AuditCheckpointVerification['lastVerified'] = null;
  let checked = 0;
  let previous: AuditCheckpoint | null = null;

  for (const checkpoint of ordered) {
    const { number } = checkpoint;
    const broken = (
      problem: AuditCheckpointProblem,
      reason: string,
      rows: { seq: number; toSeq: number } | null = null,
    ): AuditCheckpointVerification => ({
      checked,
      total: ordered.length,
      lastVerified,
      firstBroken: {
        checkpoint: number,
        problem,
        seq: rows?.seq ?? null,
        toSeq: rows?.toSeq ?? null,
        reason,
      },
    });
    const expected = (previous?.number ?? 0) + 1;
    if (number > expected) return broken('checkpoint_missing', `checkpoint ${expected} is missing`);
    if (number < expected) {
      return broken('checkpoint_missing', `checkpoint ${number} is listed more than once`);
    }
    if (checkpoint.keyId !== keyId) {
      return broken(
        'wrong_key',
        `checkpoint ${number} was signed with key ${checkpoint.keyId.slice(0, 16)}…, not with the verifying key ${keyId.slice(0, 16)}…`,
      );
    }
    if (!checkpointSignatureHolds(publicKey, checkpoint, previous?.signature ?? null)) {
      return broken(
        'bad_signature',
        `the signature of checkpoint ${number} does not match its row, hash, time or the checkpoint before it`,
      );
    }
    const stored = storedHashes.get(checkpoint.seq);
    if (stored !== checkpoint.hash) {
      const rows = { seq: (lastVerified?.seq ?? 0) + 1, toSeq: checkpoint.seq };
      const detail =
        stored === undefined
          ? `row ${checkpoint.seq} is missing`
          : `row ${checkpoint.seq} no longer has the signed hash`;
      return broken(
        'rows_changed',
        `rows ${rows.seq}..${rows.toSeq} were changed after checkpoint ${number} was signed (${detail})`,
        rows,
      );
    }
    checked += 1;
    lastVerified = { number, seq: checkpoint.seq, signedAt: checkpoint.signedAt };
    previous = checkpoint;
  }
  return { checked, total: ordered.length, lastVerified, firstBroken: null };
}

async function rowHashesAt(db: Db, seqs: number[]): Promise<Map<number, string>> {
  const hashes = new Map<number, string>();
  const wanted = [...new Set(seqs)];
  for (let start = 0; start < wanted.length; start += BATCH) {
    const rows = await db
      .selectFrom('audit_events')
      .select(['seq', 'hash'])
      .where('seq', 'in', wanted.slice(start, start + BATCH))
      .execute();
    for (const row of rows) hashes.set(Number(row.seq), row.hash);
  }
  return hashes;
}

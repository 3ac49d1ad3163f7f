import type { KeyObject } from 'node:crypto';
import type { AuditCheckpoint, AuditVerifyResult } from '@konsil/shared';
import type { Db } from '../storage/db';
import { verifyAuditChain } from './verifyChain';
import { verifyAgainstCheckpoints } from './verifyCheckpoints';

/**
 * The whole verification, for the route and `pnpm audit:verify`: the chain's
 * own links, then the rows against signed checkpoints. Either failing fails it.
 */
export async function verifyAuditLog(
  db: Db,
  signed: { checkpoints: readonly AuditCheckpoint[]; publicKey: KeyObject },
): Promise<AuditVerifyResult> {
  const chain = await verifyAuditChain(db);
  const checkpoints = await verifyAgainstCheckpoints(db, signed.checkpoints, signed.publicKey);
  return { ...chain, ok: chain.ok && checkpoints.firstBroken === null, checkpoints };
}

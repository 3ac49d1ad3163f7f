import type { AuditVerifyResult } from '@konsil/shared';

/** The verification result as lines an operator can read (and a script can grep). */
export function describeVerification(result: AuditVerifyResult, checkpointSource: string): string {
  const lines: string[] = [];
  const broken = result.firstBroken;
  lines.push(
    broken
      ? `audit chain BROKEN at seq ${broken.seq} (id ${broken.id}): ${broken.reason}; ${result.checked} events verified before it`
      : `audit chain OK: ${result.checked} events verified`,
  );
  const { checkpoints } = result;
  const last = checkpoints.lastVerified;
  const covered = last
    ? `rows 1..${last.seq} match checkpoint ${last.number} signed ${last.signedAt}`
    : 'no row is covered by a verified checkpoint';
  if (checkpoints.firstBroken) {
    lines.push(
      `checkpoints BROKEN at checkpoint ${checkpoints.firstBroken.checkpoint} (${checkpoints.firstBroken.problem}): ${checkpoints.firstBroken.reason}; ${covered}`,
    );
  } else {
    lines.push(
      `checkpoints OK: ${checkpoints.checked} of ${checkpoints.total} ${checkpointSource} verified; ${covered}`,
    );
  }
  return lines.join('\n');
}

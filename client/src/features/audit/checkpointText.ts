import type { AuditCheckpointProblem, AuditCheckpointVerification } from '@konsil/shared';

/** An i18n key under `audit.checkpoints` with its values; times still as UTC instants. */
export interface CheckpointSentence {
  key: 'none' | 'ok' | 'covered' | AuditCheckpointProblem;
  values: Record<string, string | number>;
}

/**
 * What the checkpoint check found, as sentences to translate: the problem
 * (if any) first, then how far the rows are still covered by a signature.
 */
export function checkpointSentences(
  verification: AuditCheckpointVerification,
  formatTime: (instant: string) => string,
): CheckpointSentence[] {
  const { lastVerified, firstBroken } = verification;
  const covered = lastVerified
    ? {
        seq: lastVerified.seq,
        number: lastVerified.number,
        time: formatTime(lastVerified.signedAt),
      }
    : null;
  if (!firstBroken) {
    if (!covered) return [{ key: 'none', values: {} }];
    return [
      {
        key: 'ok',
        values: { ...covered, checked: verification.checked, total: verification.total },
      },
    ];
  }
  const problem: CheckpointSentence = {
    key: firstBroken.problem,
    values: {
      checkpoint: firstBroken.checkpoint,
      from: firstBroken.seq ?? '?',
      to: firstBroken.toSeq ?? '?',
    },
  };
  return covered ? [problem, { key: 'covered', values: covered }] : [problem];
}

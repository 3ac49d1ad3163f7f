import { READINESS_GAPS, type ReadinessGap } from '@konsil/shared';
import { normalizePath } from '../../lib/fieldPaths';

/**
 * What a 422 `case_not_ready` names as missing: each field path starts with a readiness gap
 * ("question", "staging" or deeper, "staging.t"). Unknown paths are ignored.
 */
export function missingGaps(paths: readonly string[]): ReadinessGap[] {
  const gaps = new Set<ReadinessGap>();
  for (const path of paths) {
    const first = normalizePath(path).split('.')[0];
    const gap = READINESS_GAPS.find((candidate) => candidate === first);
    if (gap) gaps.add(gap);
  }
  return READINESS_GAPS.filter((gap) => gaps.has(gap));
}

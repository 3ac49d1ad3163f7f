import type { CaseStatus, CaseSummary } from '@konsil/shared';

/** Put before the board and not closed yet: ending the board marks these "not discussed". */
const AWAITING_DISCUSSION: readonly CaseStatus[] = ['submitted', 'ready'];

export interface EndingSummary {
  /** Cases the board would leave undiscussed, in agenda order. */
  undiscussed: CaseSummary[];
  /** Cases put before the board (drafts never were). */
  total: number;
}

/** What ending the board now would leave undiscussed, of the cases this viewer can see. */
export function endingSummary(cases: readonly CaseSummary[]): EndingSummary {
  const putBefore = cases.filter((item) => item.status !== 'draft');
  return {
    undiscussed: putBefore.filter((item) => AWAITING_DISCUSSION.includes(item.status)),
    total: putBefore.length,
  };
}

/** The cases a coordinator may carry over to a later board, in agenda order. */
export function notDiscussedCases(cases: readonly CaseSummary[]): CaseSummary[] {
  return cases.filter((item) => item.status === 'not_discussed');
}

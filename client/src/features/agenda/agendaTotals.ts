export interface AgendaTotals {
  totalMinutes: number;
  durationMinutes: number;
  /** Minutes left in the board; 0 once the agenda fills it. */
  remainingMinutes: number;
  /** Minutes beyond the board's planned duration; 0 when it fits. */
  overByMinutes: number;
  isOver: boolean;
  /** Per case, in agenda order: minutes from the board's start until the case ends. */
  runningTotals: number[];
}

/**
 * Running total of allotted minutes against the planned duration. Minutes still being typed
 * (null) count as 0, so the total never jumps while a field is empty.
 */
export function agendaTotals(
  minutes: readonly (number | null)[],
  durationMinutes: number,
): AgendaTotals {
  const runningTotals: number[] = [];
  let totalMinutes = 0;
  for (const value of minutes) {
    totalMinutes += value ?? 0;
    runningTotals.push(totalMinutes);
  }
  const overByMinutes = Math.max(0, totalMinutes - durationMinutes);
  return {
    totalMinutes,
    durationMinutes,
    remainingMinutes: Math.max(0, durationMinutes - totalMinutes),
    overByMinutes,
    isOver: overByMinutes > 0,
    runningTotals,
  };
}

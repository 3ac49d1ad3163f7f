/** Medians over runs and the number format of the notes and cluster reports. */

/** `value` with `digits` decimals, or a dash when there is none. */
export const fixed = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The median of what `pick` finds in each run (runs without it are left out). */
export function medianOf<T>(
  runs: readonly T[],
  pick: (run: T) => number | null | undefined,
): number {
  return median(
    runs.map(pick).filter((value): value is number => value !== null && value !== undefined),
  );
}

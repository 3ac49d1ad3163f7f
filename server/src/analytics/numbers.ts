/** A share rounded to four places; null when there is nothing to divide by. */
export function rateOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Minutes with one decimal, from seconds. */
export function minutesOf(seconds: number): number {
  return Math.round(seconds / 6) / 10;
}

/**
 * The value at a quantile of an ascending list by nearest rank (the smallest value with at
 * least that share of the list at or below it); null for an empty list.
 */
export function nearestRank(sorted: readonly number[], quantile: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(quantile * sorted.length));
  return sorted[rank - 1] ?? null;
}

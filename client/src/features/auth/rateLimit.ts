/** Whole minutes to wait after a 429, never "0 minutes"; a missing Retry-After reads as one. */
export function minutesToWait(retryAfterSeconds: number | null): number {
  return Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60));
}

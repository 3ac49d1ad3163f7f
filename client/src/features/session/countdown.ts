import type { Timer } from '@konsil/shared';

/**
 * Time left on a case timer at monotonic time `now`, counted from the snapshot that arrived at
 * `receivedAt`. Only a running timer moves; the server's `remainingMs` is the truth at arrival,
 * so a client whose wall clock is wrong still shows the right time.
 */
export function remainingAt(timer: Timer, receivedAt: number, now: number): number {
  if (timer.state !== 'running') return timer.remainingMs;
  return timer.remainingMs - Math.max(0, now - receivedAt);
}

export interface CountdownDisplay {
  /** "04:59", "1:02:03"; for an overrun, the time over ("00:12"). */
  text: string;
  isOverrun: boolean;
  /** Whole seconds shown, signed (negative when over); changes once a second. */
  seconds: number;
}

function clock(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * A countdown as people read one: 0.4 s left still shows 00:01, zero holds for its whole second,
 * and "over" starts at one whole second past zero (+00:01), counting up.
 */
export function countdownDisplay(remainingMs: number): CountdownDisplay {
  const over = Math.floor(-remainingMs / 1000);
  if (over < 1) {
    const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
    return { text: clock(seconds), isOverrun: false, seconds };
  }
  return { text: clock(over), isOverrun: true, seconds: -over };
}

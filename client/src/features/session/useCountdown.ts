import { useEffect, useState } from 'react';
import { countdownDisplay, remainingAt } from './countdown';
import type { Snapshot } from './liveState';

const TICK_MS = 200;

/**
 * Milliseconds left on the snapshot's case timer, re-rendering once per displayed second while
 * it runs. Counted with `performance.now()` from the snapshot's arrival, never the wall clock.
 */
export function useCountdown(
  snapshot: Snapshot | null,
  clock: () => number = () => performance.now(),
): number | null {
  const [, setTick] = useState(0);
  const timer = snapshot?.state.timer ?? null;
  const receivedAt = snapshot?.receivedAt ?? 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the clock is read fresh on each tick.
  useEffect(() => {
    if (timer?.state !== 'running') return;
    let shownSeconds = countdownDisplay(remainingAt(timer, receivedAt, clock())).seconds;
    const id = setInterval(() => {
      const seconds = countdownDisplay(remainingAt(timer, receivedAt, clock())).seconds;
      if (seconds !== shownSeconds) {
        shownSeconds = seconds;
        setTick((count) => count + 1);
      }
    }, TICK_MS);
    return () => clearInterval(id);
  }, [timer, receivedAt]);

  return timer ? remainingAt(timer, receivedAt, clock()) : null;
}

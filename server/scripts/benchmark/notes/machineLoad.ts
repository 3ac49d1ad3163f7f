/**
 * Other work on the machine, from Linux /proc/stat: CPU time all cores spent
 * busy, minus this driver's and the server's own. The tails are sensitive to
 * it, so every window reports it, and each workload waits for a quiet machine
 * before it starts.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { CLOCK_TICKS_PER_SECOND } from './serverProcess';
import { sleep } from './waiting';

const TICK_MS = 1000 / CLOCK_TICKS_PER_SECOND;

/** Busy time of every core together since boot, ms. */
function busyMs(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  // cpu user nice system idle iowait irq softirq steal …
  const [user, nice, system, , , irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (
    ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) *
    TICK_MS
  );
}

const driverMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

export interface ForeignLoad {
  /** Cores' worth of CPU used by other processes over the window (0.5 = half a core). */
  stop(): number;
}

/** Starts watching; `serverMs` reads the server process's own CPU time (0 when there is none). */
export function watchForeignLoad(serverMs: () => number = () => 0): ForeignLoad {
  const start = { busy: busyMs(), driver: driverMs(), server: serverMs(), wall: performance.now() };
  return {
    stop() {
      const own = driverMs() - start.driver + (serverMs() - start.server);
      const wall = performance.now() - start.wall;
      return Math.max(0, (busyMs() - start.busy - own) / wall);
    },
  };
}

/**
 * Waits until other processes use less than `maxCores` over a 2 s sample, for
 * at most `patienceMs`; returns the last sample (so the caller can say so).
 */
export async function waitForQuiet(maxCores: number, patienceMs: number): Promise<number> {
  const deadline = performance.now() + patienceMs;
  for (;;) {
    const watch = watchForeignLoad();
    await sleep(2_000);
    const load = watch.stop();
    if (load < maxCores || performance.now() >= deadline) return load;
  }
}

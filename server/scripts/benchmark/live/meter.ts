import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { ClientPool } from './clientPool';
import { nowMs } from './clientPool';

const SAMPLE_EVERY_MS = 100;
const MB = 1024 * 1024;

/** CPU time of the main thread (the servers' event loop) in ms, from Linux schedstat. */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8');
    return Number(stat.split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/** process.cpuUsage in ms: every thread of the process, the client workers included. */
function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const minus = (end: number | null, start: number | null) =>
  end === null || start === null ? null : end - start;
const plus = (sum: number | null, value: number | null) =>
  sum === null || value === null ? null : sum + value;

export interface CpuUsage {
  /** process.cpuUsage delta: every thread, the client workers included. */
  processCpuMs: number;
  /** The client worker threads' own CPU time (null without /proc). */
  clientCpuMs: number | null;
  /** Process minus client workers: the server's thread plus V8/libuv helper threads. */
  serverCpuMs: number | null;
  /** The main thread alone, where the server's event loop runs. */
  mainThreadCpuMs: number | null;
}

interface CpuReading {
  process: number;
  main: number | null;
  client: number | null;
}

function read(pool: ClientPool): CpuReading {
  return { process: processCpuMs(), main: mainThreadCpuMs(), client: pool.clientCpuMs() };
}

/**
 * CPU summed over windows (begin … end). The client workers' share comes
 * from what they last reported (ClientPool.reportedCpuMs), so a window must
 * end after every worker reported on it.
 */
export class CpuTally {
  private started: CpuReading | null = null;
  private process = 0;
  private main: number | null = 0;
  private client: number | null = 0;

  constructor(private readonly pool: ClientPool) {}

  begin(): void {
    this.started = read(this.pool);
  }

  end(): void {
    if (!this.started) return;
    const now = read(this.pool);
    this.process += now.process - this.started.process;
    this.main = plus(this.main, minus(now.main, this.started.main));
    this.client = plus(this.client, minus(now.client, this.started.client));
    this.started = null;
  }

  usage(): CpuUsage {
    return {
      processCpuMs: this.process,
      clientCpuMs: this.client,
      serverCpuMs: this.client === null ? null : this.process - this.client,
      mainThreadCpuMs: this.main,
    };
  }
}

export interface PhaseUsage extends CpuUsage {
  wallMs: number;
  /** Share of the phase the main thread's event loop was busy. */
  loopUtilization: number;
  /** The whole process: servers, client workers and their heaps. */
  rssStartMb: number;
  rssPeakMb: number;
  /** The main thread's V8 heap (the servers'). */
  heapPeakMb: number;
}

/** Starts measuring a phase; `stop()` returns its usage. RSS and heap are sampled every 100 ms. */
export async function startMeter(pool: ClientPool): Promise<{ stop(): Promise<PhaseUsage> }> {
  await pool.refreshCpu();
  const cpu = new CpuTally(pool);
  const wallStart = nowMs();
  cpu.begin();
  const loopStart = performance.eventLoopUtilization();
  const rssStart = process.memoryUsage.rss();
  let rssPeak = rssStart;
  let heapPeak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const memory = process.memoryUsage();
    rssPeak = Math.max(rssPeak, memory.rss);
    heapPeak = Math.max(heapPeak, memory.heapUsed);
  }, SAMPLE_EVERY_MS);
  sampler.unref();

  return {
    async stop() {
      clearInterval(sampler);
      const wallMs = nowMs() - wallStart;
      const loop = performance.eventLoopUtilization(loopStart);
      rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
      // The workers' CPU is read now; the process's a moment later includes that request.
      await pool.refreshCpu();
      cpu.end();
      return {
        ...cpu.usage(),
        wallMs,
        loopUtilization: loop.utilization,
        rssStartMb: rssStart / MB,
        rssPeakMb: rssPeak / MB,
        heapPeakMb: heapPeak / MB,
      };
    },
  };
}

/**
 * Advance phase of the live-board benchmark: a chair's command fanned out to
 * every participant, on Konsil and on the bare Socket.IO floor in turn.
 */
import { LIMITS } from '@konsil/shared';
import { type Summary, summarize } from '../stats';
import { type ClientPool, type ClientWorker, nowMs, type SendResult, sleep } from './clientPool';
import { CpuTally, type CpuUsage, type PhaseUsage, startMeter } from './meter';

export const ADVANCES = 100;
/** Advances before the measured ones, so both servers are warm (not counted). */
export const WARM_UP_ADVANCES = 5;
/**
 * Each chair (one socket) sends its advances at least this far apart, and
 * only once everyone has the previous snapshot: at most 29 commands in any
 * 10 s, under the per-socket limit of 30 (LIMITS.realtime). Konsil and the
 * floor take turns, so commands go out every ADVANCE_SPACING_MS / 2.
 */
export const ADVANCE_SPACING_MS = 350;
const RECEIPT_TIMEOUT_MS = 10_000;

export type AckReply =
  | { ok: true; data: { version: number } }
  | { ok: false; error: { id: string } };

export interface AdvanceSpec {
  /** Names the watch in the client workers. */
  name: string;
  chair: { worker: ClientWorker; key: string };
  /** Keys of the sockets to time, per worker (as dealt). */
  watchKeys: string[][];
  broadcast: string;
  boardId: string | null;
  startVersion: number;
  command: () => { event: string; payload: unknown };
  /** Told when each measured advance starts and ends (e.g. to read servers in other processes). */
  window?: { begin(): void; end(): void };
}

export interface AdvanceOutcome {
  /** Command sent → snapshot received, every participant, every measured advance. */
  latencies: Summary;
  /** Command sent → its ack at the chair. */
  acks: Summary;
  missing: number;
  /** Most commands the chair sent in any 10 s window (the per-socket limit is 30). */
  mostInWindow: number;
  /** The same latencies and missing receipts for the sockets of each client worker. */
  perWorker: { latencies: Summary; missing: number }[];
  /** CPU from each measured command until everyone had its snapshot, summed. */
  cpu: CpuUsage;
  lastReply: AckReply;
}

function mostInWindow(times: number[], windowMs: number): number {
  let most = 0;
  let first = 0;
  for (let last = 0; last < times.length; last += 1) {
    while ((times[last] ?? 0) - (times[first] ?? 0) >= windowMs) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/**
 * Advances on each spec in turn (Konsil, floor, Konsil, …) so both see the
 * same machine at the same moments: each command at least
 * ADVANCE_SPACING_MS after its chair's previous one, half that after the
 * other's, and never before everyone has the previous snapshot.
 */
export async function runInterleaved(
  pool: ClientPool,
  specs: AdvanceSpec[],
): Promise<{ outcomes: AdvanceOutcome[]; usage: PhaseUsage }> {
  await Promise.all(
    specs.flatMap((spec) =>
      pool.workers.map((worker, index) => {
        const keys = spec.watchKeys[index] ?? [];
        if (keys.length === 0) return null;
        const watch = { name: spec.name, keys, event: spec.broadcast, boardId: spec.boardId };
        return worker.call('watch', watch);
      }),
    ),
  );
  const runs = specs.map((spec) => ({
    spec,
    workers: spec.watchKeys.filter((keys) => keys.length > 0).length,
    watched: spec.watchKeys.reduce((sum, keys) => sum + keys.length, 0),
    version: spec.startVersion,
    lastSent: Number.NEGATIVE_INFINITY,
    lastReply: null as AckReply | null,
    sentAt: new Map<number, number>(),
    sendTimes: [] as number[],
    ackTimes: [] as number[],
    cpu: new CpuTally(pool),
  }));
  const gap = ADVANCE_SPACING_MS / specs.length;
  let lastAny = Number.NEGATIVE_INFINITY;
  let meter: Awaited<ReturnType<typeof startMeter>> | null = null;
  for (let round = 0; round < WARM_UP_ADVANCES + ADVANCES; round += 1) {
    const measured = round >= WARM_UP_ADVANCES;
    if (round === WARM_UP_ADVANCES) meter = await startMeter(pool);
    for (const run of runs) {
      await sleep(Math.max(lastAny + gap, run.lastSent + ADVANCE_SPACING_MS) - nowMs());
      const expected = run.version + 1;
      const everyone = pool.allReceived(run.spec.name, expected, run.workers, RECEIPT_TIMEOUT_MS);
      const { event, payload } = run.spec.command();
      if (measured) {
        run.cpu.begin();
        run.spec.window?.begin();
      }
      const sent = await run.spec.chair.worker.call<SendResult<AckReply>>('send', {
        key: run.spec.chair.key,
        event,
        payload,
      });
      if (!sent.reply.ok) throw new Error(`${event} was refused: ${sent.reply.error.id}`);
      if (sent.reply.data.version !== expected)
        throw new Error(`${event} answered version ${sent.reply.data.version}, not ${expected}`);
      await everyone; // false after RECEIPT_TIMEOUT_MS: the missing receipts are counted below
      if (measured) {
        run.cpu.end();
        run.spec.window?.end();
        run.sentAt.set(expected, sent.sentAt);
        run.ackTimes.push(sent.ackAt - sent.sentAt);
      }
      lastAny = sent.sentAt;
      run.lastSent = sent.sentAt;
      run.lastReply = sent.reply;
      run.sendTimes.push(sent.sentAt);
      run.version = expected;
    }
  }
  if (!meter) throw new Error('No advance was measured');
  const usage = await meter.stop();

  const outcomes: AdvanceOutcome[] = [];
  for (const run of runs) {
    const collected = await Promise.all(
      pool.workers.map((worker) =>
        worker.call<{ receipts: [number, number[]][] }>('unwatch', { name: run.spec.name }),
      ),
    );
    const perWorker = collected.map(({ receipts }) => {
      const latencies: number[] = [];
      for (const [version, times] of receipts) {
        const start = run.sentAt.get(version);
        if (start === undefined) continue;
        for (const time of times) latencies.push(time - start);
      }
      return latencies;
    });
    const latencies = perWorker.flat();
    if (!run.lastReply) throw new Error('No advance was sent');
    outcomes.push({
      latencies: summarize(latencies),
      acks: summarize(run.ackTimes),
      missing: ADVANCES * run.watched - latencies.length,
      perWorker: perWorker.map((samples, index) => ({
        latencies: summarize(samples),
        missing: ADVANCES * (run.spec.watchKeys[index]?.length ?? 0) - samples.length,
      })),
      mostInWindow: mostInWindow(run.sendTimes, LIMITS.realtime.commandWindowMs),
      cpu: run.cpu.usage(),
      lastReply: run.lastReply,
    });
  }
  return { outcomes, usage };
}

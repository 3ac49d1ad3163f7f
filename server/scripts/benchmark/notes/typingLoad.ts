/**
 * W1 / W1b: many clients in one document, a few of them typing at a steady
 * rate. Every edit inserts a token "w<writer>.<seq>;" into the writer's own
 * paragraph; the send time is kept in the driver's memory under that token,
 * and every other client records edit → receipt when its Y.XmlText reports
 * the insert (writers and receivers share this process and its clock). The
 * window starts after 2 s of the same typing, unmeasured, and once the
 * sockets have gone quiet; with 20 s it holds one round of the clients'
 * awareness renewals (every 15 s).
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { type Summary, summarize } from '../stats';
import { watchForeignLoad } from './machineLoad';
import {
  appendParagraph,
  type NoteClient,
  notesOf,
  received,
  type Target,
  whenSynced,
} from './noteClients';
import type { ServerProcess } from './serverProcess';
import { eachLimited, waitUntil } from './waiting';

export interface TypingLoad {
  clients: number;
  writers: number;
  updatesPerSecond: number;
  durationMs: number;
}

/**
 * What the workload reads from the server side: one process, or several
 * instances read together (then also each instance's CPU on its own).
 */
export interface TypingServer extends Pick<ServerProcess, 'cpuMs' | 'systemCpuMs' | 'memory'> {
  /** Each instance's utime + stime, ms, in the order of Target.instanceOf. */
  instancesCpuMs?(): number[];
}

/** Receipts by where writer and receiver were connected, when clients were spread over instances. */
export interface InstanceSplit {
  /** Writer and receiver on different instances: the update crossed between them. */
  cross: Summary;
  /** Writer and receiver on the same instance. */
  same: Summary;
  /** Receipts at the clients of each instance. */
  receipts: number[];
  /** Each instance's CPU over the window (first edit to last receipt), ms. */
  cpuMs: number[];
}

export interface TypingOutcome {
  latency: Summary;
  edits: number;
  /** (edit, other client) receipts counted; expected is edits × (clients − 1). */
  receipts: number;
  missing: number;
  /** Server utime + stime from the first edit until the last receipt (or the drain timeout). */
  serverCpuMs: number;
  /** Server CPU per delivered update, µs. */
  cpuPerUpdateUs: number;
  /** When the slowest 1% of receipts were sent: second of the window → share of that tail. */
  tail: { second: number; share: number }[];
  /** Share of that CPU spent in the kernel (stime): sockets, loopback TCP. */
  systemShare: number;
  /** VmRSS of the server before any client connected, and its VmHWM at the end. */
  idleRssMb: number;
  peakRssMb: number;
  /** Connections closed by the server during the workload. */
  drops: number;
  /** The driver's own load over the window: if it is saturated, latencies are the driver's. */
  driverLoopBusy: number;
  driverCpuShare: number;
  /** How late the writers' timers fired, p99 ms (driver lag). */
  sendLagP99: number;
  /** Websocket frames and bytes each client received per second over the window. */
  framesPerClientSecond: number;
  bytesPerClientSecond: number;
  /** Cores' worth of CPU other processes on the machine used during the window. */
  otherCores: number;
  /** Clients that had not received every writer's paragraph before the typing started. */
  unprepared: number;
  /** Present when the target spread its clients over several instances. */
  byInstance?: InstanceSplit;
}

const CONNECT_CONCURRENCY = 10;
const SYNC_TIMEOUT_MS = 60_000;
/** How long every client may take to receive the writers' paragraphs before the typing starts. */
const PARAGRAPHS_TIMEOUT_MS = 15_000;
/** Before the window, the connection storm (everyone's first awareness) must have died down. */
const QUIET_FOR_MS = 500;
const SETTLE_TIMEOUT_MS = 30_000;
const WARM_UP_MS = 2_000;
const DRAIN_TIMEOUT_MS = 15_000;
const TOKEN = /w(\d+)\.(\d+);/g;

export async function runTyping(
  target: Target,
  server: TypingServer,
  docName: string,
  load: TypingLoad,
  /** Called just before the first edit and after the last receipt (e.g. to profile the server). */
  window?: { onStart(): Promise<void>; onEnd(): Promise<void> },
): Promise<TypingOutcome> {
  const clients: NoteClient[] = [];
  const idleRssMb = server.memory().rssMb;
  try {
    // Connect everyone (writers are the first `writers` clients, each a user of its own on Konsil).
    await eachLimited(
      Array.from({ length: load.clients }, (_unused, index) => index),
      CONNECT_CONCURRENCY,
      async (index) => {
        const client = target.open(docName, index);
        clients[index] = client;
        await whenSynced(client, SYNC_TIMEOUT_MS);
      },
    );
    const writers = clients.slice(0, load.writers);
    const texts = writers.map((writer) => appendParagraph(writer.doc));
    const hasParagraphs = (client: NoteClient) => notesOf(client.doc).length >= load.writers;
    // A client without them will miss receipts, which the outcome counts: the run goes on.
    await waitUntil(() => clients.every(hasParagraphs), PARAGRAPHS_TIMEOUT_MS);
    const unprepared = clients.filter((client) => !hasParagraphs(client)).length;
    await socketsQuiet();
    // Warm-up: the same typing, not measured, so the window starts with every path compiled.
    const warmUpEdits = await typeSteadily(texts, load, WARM_UP_MS, 0, () => undefined);
    await socketsQuiet();

    // Send times by writer and sequence number; receipts as latencies.
    const sentAt: number[][] = writers.map(() => []);
    const latencies: number[] = [];
    /** When each received edit was sent, ms into the window (set once the window starts). */
    const sentOffsets: number[] = [];
    const instanceOf = target.instanceOf?.bind(target);
    const split = { cross: [] as number[], same: [] as number[], receipts: [] as number[] };
    let windowStart = Number.POSITIVE_INFINITY;
    const receive = (
      receiver: number,
      events: Y.YEvent<Y.XmlText>[],
      transaction: Y.Transaction,
    ) => {
      if (transaction.local) return;
      const now = performance.now();
      for (const event of events) {
        if (!(event.target instanceof Y.XmlText)) continue;
        for (const op of event.delta) {
          if (typeof op.insert !== 'string') continue;
          for (const match of op.insert.matchAll(TOKEN)) {
            const sent = sentAt[Number(match[1])]?.[Number(match[2])];
            if (sent === undefined) continue;
            latencies.push(now - sent);
            sentOffsets.push(sent - windowStart);
            if (instanceOf) {
              const at = instanceOf(receiver);
              const isCross = instanceOf(Number(match[1])) !== at;
              (isCross ? split.cross : split.same).push(now - sent);
              split.receipts[at] = (split.receipts[at] ?? 0) + 1;
            }
          }
        }
      }
    };
    for (const [index, client] of clients.entries()) {
      notesOf(client.doc).observeDeep((events, transaction) => receive(index, events, transaction));
    }

    await window?.onStart();
    const dropsBefore = clients.reduce((sum, client) => sum + client.drops(), 0);
    received.frames = 0;
    received.bytes = 0;
    const cpuStart = server.cpuMs();
    const systemStart = server.systemCpuMs();
    const instancesStart = server.instancesCpuMs?.() ?? [];
    const foreign = watchForeignLoad(() => server.cpuMs());
    const loopStart = performance.eventLoopUtilization();
    const driverCpuStart = process.cpuUsage();
    const wallStart = performance.now();
    windowStart = wallStart;
    const lags: number[] = [];
    const editsPerWriter = await typeSteadily(
      texts,
      load,
      load.durationMs,
      warmUpEdits,
      (writer, seq, now, due) => {
        lags.push(now - due);
        const times = sentAt[writer];
        if (times) times[seq] = now;
      },
    );
    const edits = editsPerWriter * load.writers;
    const expected = edits * (load.clients - 1);
    await waitUntil(() => latencies.length >= expected, DRAIN_TIMEOUT_MS, 5);
    const serverCpuMs = server.cpuMs() - cpuStart;
    const systemMs = server.systemCpuMs() - systemStart;
    const instancesCpuMs = (server.instancesCpuMs?.() ?? []).map(
      (ms, index) => ms - (instancesStart[index] ?? 0),
    );
    const otherCores = foreign.stop();
    const wallMs = performance.now() - wallStart;
    const driverCpu = process.cpuUsage(driverCpuStart);
    const loop = performance.eventLoopUtilization(loopStart);
    await window?.onEnd();
    const perClientSecond = (count: number) => count / load.clients / (wallMs / 1000);

    return {
      latency: summarize(latencies),
      tail: tailSeconds(latencies, sentOffsets),
      edits,
      receipts: latencies.length,
      missing: Math.max(0, expected - latencies.length),
      serverCpuMs,
      cpuPerUpdateUs: (serverCpuMs * 1000) / Math.max(1, latencies.length),
      systemShare: systemMs / Math.max(1, serverCpuMs),
      idleRssMb,
      peakRssMb: server.memory().peakRssMb,
      drops: clients.reduce((sum, client) => sum + client.drops(), 0) - dropsBefore,
      driverLoopBusy: loop.utilization,
      driverCpuShare: (driverCpu.user + driverCpu.system) / 1000 / wallMs,
      sendLagP99: summarize(lags).p99,
      framesPerClientSecond: perClientSecond(received.frames),
      bytesPerClientSecond: perClientSecond(received.bytes),
      otherCores,
      unprepared,
      ...(instanceOf
        ? {
            byInstance: {
              cross: summarize(split.cross),
              same: summarize(split.same),
              receipts: Array.from(
                { length: Math.max(split.receipts.length, instancesCpuMs.length) },
                (_unused, index) => split.receipts[index] ?? 0,
              ),
              cpuMs: instancesCpuMs,
            },
          }
        : {}),
    };
  } finally {
    for (const client of clients) client?.destroy();
  }
}

/** The seconds of the window whose edits make up the slowest 1% of receipts, largest first. */
function tailSeconds(latencies: number[], sentOffsets: number[]) {
  const threshold = summarize(latencies).p99;
  const bySecond = new Map<number, number>();
  let count = 0;
  latencies.forEach((latency, index) => {
    if (latency < threshold) return;
    const second = Math.floor((sentOffsets[index] ?? 0) / 1000);
    bySecond.set(second, (bySecond.get(second) ?? 0) + 1);
    count += 1;
  });
  return [...bySecond]
    .map(([second, hits]) => ({ second, share: hits / count }))
    .sort((a, b) => b.share - a.share)
    .slice(0, 3);
}

/** Resolves once no client has received a frame for QUIET_FOR_MS (or after SETTLE_TIMEOUT_MS). */
async function socketsQuiet(): Promise<void> {
  let lastFrames = -1;
  let quietSince = performance.now();
  await waitUntil(
    () => {
      if (received.frames !== lastFrames) {
        lastFrames = received.frames;
        quietSince = performance.now();
      }
      return performance.now() - quietSince >= QUIET_FOR_MS;
    },
    SETTLE_TIMEOUT_MS,
    50,
  );
}

/**
 * Every writer types at the load's rate for `durationMs`, each on its own
 * timer with the phases spread over one period, numbering its edits from
 * `firstSeq`; `onSend` hears of each edit just before it is made. Resolves
 * with the number of edits per writer.
 */
async function typeSteadily(
  texts: readonly Y.XmlText[],
  load: TypingLoad,
  durationMs: number,
  firstSeq: number,
  onSend: (writer: number, seq: number, now: number, due: number) => void,
): Promise<number> {
  const periodMs = 1000 / load.updatesPerSecond;
  const edits = Math.floor(durationMs / periodMs);
  const start = performance.now();
  await Promise.all(
    texts.map(
      (text, writer) =>
        new Promise<void>((resolve) => {
          const phase = (writer / load.writers) * periodMs;
          const tick = (index: number) => {
            const due = start + phase + index * periodMs;
            const seq = firstSeq + index;
            onSend(writer, seq, performance.now(), due);
            text.insert(text.length, `w${writer}.${seq};`);
            if (index + 1 >= edits) return resolve();
            setTimeout(() => tick(index + 1), due + periodMs - performance.now());
          };
          setTimeout(() => tick(0), phase);
        }),
    ),
  );
  return edits;
}

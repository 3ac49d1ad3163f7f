/**
 * Benchmark of the live-board protocol on the real app over loopback: how
 * fast a case advance reaches 200 participants, how a join storm settles and
 * what it costs in bytes, against the floor of bare Socket.IO on the same
 * machine. A report, not a test: see README "Benchmarks" → "Live board".
 *
 *   cd server && node --import tsx scripts/benchmark/live/liveBoard.ts
 */
import os from 'node:os';
import { LIMITS, type SessionState } from '@konsil/shared';
import { startApp } from '../benchApp';
import { openBenchDatabase } from '../benchDatabase';
import { type Summary, summarize } from '../stats';
import {
  ClientPool,
  type ClientWorker,
  nowMs,
  type SendResult,
  type StormClientResult,
  sleep,
} from './clientPool';
import { FLOOR_BROADCAST, FLOOR_COMMAND, startFloorServer } from './floorServer';
import { type LiveSeed, type LiveUser, seedLive, signInAll } from './liveSeed';
import { CpuTally, type CpuUsage, type PhaseUsage, startMeter } from './meter';

const BIG_BOARD_SIZE = 200;
const IDLE_BOARDS = 19;
const IDLE_BOARD_SIZE = 10;
const CLIENT_WORKERS = 2;

const ADVANCES = 100;
/** Advances before the measured ones, so both servers are warm (not counted). */
const WARM_UP_ADVANCES = 5;
/**
 * Each chair (one socket) sends its advances at least this far apart, and
 * only once everyone has the previous snapshot: at most 29 commands in any
 * 10 s, under the per-socket limit of 30 (LIMITS.realtime). Konsil and the
 * floor take turns, so commands go out every ADVANCE_SPACING_MS / 2.
 */
const ADVANCE_SPACING_MS = 350;
const RECEIPT_TIMEOUT_MS = 10_000;

const STORM_SIZES = [50, 100, 200] as const;
/** Storm clients start evenly spread over this window: connect, then join. */
const STORM_SPREAD_MS = 1_000;
const STORM_TIMEOUT_MS = 20_000;
const STORM_LEAD_MS = 100;

const FLOOR_PAYLOAD_BYTES = 2_048;

const TARGET_FLOOR_RATIO = 1.5;
const TARGET_STORM_MS = 2_000;
/** Bytes per client against N on a log-log scale: 1 is linear, 2 quadratic. */
const TARGET_GROWTH_EXPONENT = 1.1;

/** Give up on a run that hangs rather than wait forever. */
const RUN_DEADLINE_MS = 15 * 60_000;

/** Everything still to be torn down, newest first; also run on Ctrl-C. */
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));
}

type AckReply = { ok: true; data: { version: number } } | { ok: false; error: { id: string } };

// ---- advance: a chair's command fanned out to every participant --------------------------------

interface AdvanceSpec {
  /** Names the watch in the client workers. */
  name: string;
  chair: { worker: ClientWorker; key: string };
  /** Keys of the sockets to time, per worker (as dealt). */
  watchKeys: string[][];
  broadcast: string;
  boardId: string | null;
  startVersion: number;
  command: () => { event: string; payload: unknown };
}

interface AdvanceOutcome {
  /** Command sent → snapshot received, every participant, every measured advance. */
  latencies: Summary;
  /** Command sent → its ack at the chair. */
  acks: Summary;
  missing: number;
  /** Most commands the chair sent in any 10 s window (the per-socket limit is 30). */
  mostInWindow: number;
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
async function runInterleaved(
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
      if (measured) run.cpu.begin();
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
    const latencies: number[] = [];
    for (const { receipts } of collected) {
      for (const [version, times] of receipts) {
        const start = run.sentAt.get(version);
        if (start === undefined) continue;
        for (const time of times) latencies.push(time - start);
      }
    }
    if (!run.lastReply) throw new Error('No advance was sent');
    outcomes.push({
      latencies: summarize(latencies),
      acks: summarize(run.ackTimes),
      missing: ADVANCES * run.watched - latencies.length,
      mostInWindow: mostInWindow(run.sendTimes, LIMITS.realtime.commandWindowMs),
      cpu: run.cpu.usage(),
      lastReply: run.lastReply,
    });
  }
  return { outcomes, usage };
}

// ---- join storm --------------------------------------------------------------------------------

interface StormOutcome {
  n: number;
  /** Storm start (first client's connect) → the last client's list complete; null if any never was. */
  completeMs: number | null;
  /** The last client's start → every list complete: the backlog left when the storm is over. */
  settleMs: number | null;
  /** Per client: its own connect started → its join acknowledged. */
  joinAck: Summary;
  bytes: { total: number; handshake: number; ack: number; presence: number; other: number };
  gaps: number;
  stale: number;
  consistent: boolean;
  problems: string[];
  usage: PhaseUsage;
}

async function runStorm(
  pool: ClientPool,
  baseUrl: string,
  boardId: string,
  users: LiveUser[],
  cookieOf: (user: LiveUser) => string,
): Promise<StormOutcome> {
  const n = users.length;
  const clients = users.map((user, index) => ({
    key: `storm${n}.${index}`,
    cookie: cookieOf(user),
    offsetMs: (index * STORM_SPREAD_MS) / n,
  }));
  const hands = pool.deal(clients);
  const meter = await startMeter(pool);
  const t0 = nowMs() + STORM_LEAD_MS;
  const parts = await Promise.all(
    pool.workers.map((worker, index) =>
      worker.call<{ results: StormClientResult[] }>(
        'storm',
        {
          url: baseUrl,
          origin: baseUrl,
          boardId,
          expectedUserIds: users.map((user) => user.id),
          t0,
          timeoutMs: STORM_TIMEOUT_MS,
          clients: hands[index] ?? [],
        },
        STORM_TIMEOUT_MS + 30_000,
      ),
    ),
  );
  const usage = await meter.stop();
  const results = parts.flatMap((part) => part.results);

  // Leave explicitly (gone at once, no reconnect grace), then disconnect.
  await Promise.all(
    pool.workers.map((worker, index) => {
      const joined = (hands[index] ?? []).filter((client) =>
        results.some((result) => result.key === client.key && result.ackAt !== null),
      );
      return worker.call('leave', { boardId, keys: joined.map((client) => client.key) });
    }),
  );
  await Promise.all(
    pool.workers.map((worker, index) =>
      worker.call('close', { keys: (hands[index] ?? []).map((client) => client.key) }),
    ),
  );

  const problems: string[] = [];
  const errors = results.filter((result) => result.error !== null);
  if (errors.length > 0) problems.push(`${errors.length} errors (${errors[0]?.error})`);
  const incomplete = results.filter((result) => result.completedAt === null);
  if (incomplete.length > 0) problems.push(`${incomplete.length} lists never complete`);
  const versions = new Set(results.map((result) => result.version));
  if (versions.size !== 1) problems.push(`lists end at ${versions.size} different versions`);
  const wrongSize = results.filter((result) => result.size !== n);
  if (wrongSize.length > 0) problems.push(`${wrongSize.length} lists not exactly ${n} entries`);
  const bytes = { total: 0, handshake: 0, ack: 0, presence: 0, other: 0 };
  for (const result of results) {
    for (const kind of ['handshake', 'ack', 'presence', 'other'] as const) {
      bytes[kind] += result.bytes[kind];
      bytes.total += result.bytes[kind];
    }
  }
  const lastComplete = Math.max(...results.map((result) => result.completedAt ?? Number.NaN));
  const lastStart = Math.max(...results.map((result) => result.startedAt));
  return {
    n,
    completeMs: incomplete.length > 0 ? null : lastComplete - t0,
    settleMs: incomplete.length > 0 ? null : lastComplete - lastStart,
    joinAck: summarize(
      results
        .filter((result) => result.ackAt !== null)
        .map((result) => (result.ackAt ?? 0) - result.startedAt),
    ),
    bytes,
    gaps: results.reduce((sum, result) => sum + result.gaps, 0),
    stale: results.reduce((sum, result) => sum + result.stale, 0),
    consistent: problems.length === 0,
    problems,
    usage,
  };
}

// ---- report ------------------------------------------------------------------------------------

const ms = (value: number | null) => (value === null ? '—' : value.toFixed(2)).padStart(8);
const whole = (value: number) => Math.round(value).toLocaleString('en-US');

function cpuLine(label: string, usage: CpuUsage, operations: number, unit: string): string {
  const server = usage.serverCpuMs ?? usage.processCpuMs;
  const parts = [
    `server CPU ${whole(server)} ms (${(server / operations).toFixed(1)} ms per ${unit})`,
    usage.mainThreadCpuMs === null ? null : `main thread ${whole(usage.mainThreadCpuMs)} ms`,
    `process.cpuUsage ${whole(usage.processCpuMs)} ms`,
    usage.clientCpuMs === null ? null : `client workers ${whole(usage.clientCpuMs)} ms`,
  ];
  return `  ${label.padEnd(8)} ${parts.filter(Boolean).join(', ')}`;
}

function phaseLine(label: string, usage: PhaseUsage): string {
  return (
    `  ${label.padEnd(8)} ${(usage.wallMs / 1000).toFixed(1)} s, ` +
    `main event loop busy ${(100 * usage.loopUtilization).toFixed(0)}%, ` +
    `RSS ${usage.rssStartMb.toFixed(0)} → peak ${usage.rssPeakMb.toFixed(0)} MB (whole process), ` +
    `main heap peak ${usage.heapPeakMb.toFixed(0)} MB`
  );
}

function advanceRow(label: string, outcome: AdvanceOutcome): string {
  const { latencies: l } = outcome;
  return (
    `${label.padEnd(34)} ${String(l.count).padStart(6)} ${ms(l.p50)} ${ms(l.p95)} ${ms(l.p99)} ` +
    `${ms(l.max)} ${ms(outcome.acks.p50)} ${String(outcome.missing).padStart(7)}`
  );
}

const ADVANCE_HEADER =
  `${'phase'.padEnd(34)} ${'n'.padStart(6)} ` +
  `${['p50', 'p95', 'p99', 'max', 'ack p50'].map((h) => h.padStart(8)).join(' ')} ${'missing'.padStart(7)}`;

const STORM_HEADER =
  `${'N'.padStart(4)} ${'complete'.padStart(8)} ${'settle'.padStart(8)} ` +
  `${'join p50'.padStart(8)} ${'p99'.padStart(8)} ` +
  `${'bytes total'.padStart(12)} ${'per client'.padStart(10)} ${'÷N²'.padStart(6)} ` +
  `${'join acks'.padStart(10)} ${'deltas'.padStart(10)} ${'stale'.padStart(6)} ${'gaps'.padStart(5)}  consistent`;

function stormRow(outcome: StormOutcome): string {
  const { n, bytes } = outcome;
  return (
    `${String(n).padStart(4)} ${ms(outcome.completeMs)} ${ms(outcome.settleMs)} ` +
    `${ms(outcome.joinAck.p50)} ${ms(outcome.joinAck.p99)} ${whole(bytes.total).padStart(12)} ` +
    `${whole(bytes.total / n).padStart(10)} ${(bytes.total / (n * n)).toFixed(1).padStart(6)} ` +
    `${whole(bytes.ack).padStart(10)} ${whole(bytes.presence).padStart(10)} ` +
    `${String(outcome.stale).padStart(6)} ${String(outcome.gaps).padStart(5)}  ` +
    `${outcome.consistent ? 'yes' : `NO: ${outcome.problems.join('; ')}`}`
  );
}

/** Slope of log(bytes) over log(N) between the smallest and largest storm. */
function growthExponent(storms: StormOutcome[], bytesOf: (storm: StormOutcome) => number): number {
  const first = storms[0];
  const last = storms.at(-1);
  if (!first || !last || first.n === last.n) return Number.NaN;
  return Math.log(bytesOf(last) / bytesOf(first)) / Math.log(last.n / first.n);
}

// ---- the run -----------------------------------------------------------------------------------

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

const frameBytes = (event: string, payload: unknown) =>
  Buffer.byteLength(`42${JSON.stringify([event, payload])}`);

async function openAndJoinBoards(
  pool: ClientPool,
  baseUrl: string,
  seed: LiveSeed,
  cookieOf: (user: LiveUser) => string,
) {
  const bigClients = seed.big.users.map((user, index) => ({
    key: `big.${index}`,
    cookie: cookieOf(user),
  }));
  const idleClients = seed.idle.flatMap((board, boardIndex) =>
    board.users.map((user, index) => ({
      key: `idle.${boardIndex}.${index}`,
      cookie: cookieOf(user),
      boardId: board.id,
    })),
  );
  const bigHands = pool.deal(bigClients);
  const idleHands = pool.deal(idleClients);
  await Promise.all(
    pool.workers.map((worker, index) =>
      worker.call('open', {
        url: baseUrl,
        origin: baseUrl,
        clients: [...(bigHands[index] ?? []), ...(idleHands[index] ?? [])].map(
          ({ key, cookie }) => ({ key, cookie }),
        ),
      }),
    ),
  );
  await Promise.all(
    pool.workers.map(async (worker, index) => {
      for (const board of seed.idle) {
        const keys = (idleHands[index] ?? [])
          .filter((client) => client.boardId === board.id)
          .map((client) => client.key);
        if (keys.length > 0) await worker.call('join', { boardId: board.id, keys });
      }
    }),
  );
  return { bigHands: bigHands.map((hand) => hand.map((client) => client.key)) };
}

async function main() {
  const cpus = os.cpus();
  console.log('Konsil benchmark — live board (Socket.IO), real app on loopback, SQLite');
  console.log(`node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}`);
  console.log(`load average at start: ${loadAverage()}`);

  // Setup: database, users, boards, app, sign-ins, sockets.
  const setupStart = nowMs();
  const database = await openBenchDatabase('sqlite');
  cleanups.push(database.dispose);
  const seed = await seedLive(database.db, {
    bigSize: BIG_BOARD_SIZE,
    idleCount: IDLE_BOARDS,
    idleSize: IDLE_BOARD_SIZE,
  });
  const { app, baseUrl } = await startApp(database.db);
  cleanups.push(() => app.close());
  const everyone = [...seed.big.users, ...seed.idle.flatMap((board) => board.users)];
  const cookies = await signInAll(baseUrl, everyone);
  const cookieOf = (user: LiveUser) => {
    const cookie = cookies.get(user.email);
    if (!cookie) throw new Error(`${user.email} has no session`);
    return cookie;
  };
  const pool = new ClientPool(CLIENT_WORKERS);
  cleanups.push(() => pool.stop());
  const { bigHands } = await openAndJoinBoards(pool, baseUrl, seed, cookieOf);

  // The chair (a coordinator, big.0 in worker 0) joins and starts the board, then everyone joins.
  const chairWorker = pool.workerFor(0);
  const chair = { worker: chairWorker, key: 'big.0' };
  await chairWorker.call('join', { boardId: seed.big.id, keys: [chair.key] });
  const started = await chairWorker.call<SendResult<AckReply>>('send', {
    key: chair.key,
    event: 'board:start',
    payload: { boardId: seed.big.id },
  });
  if (!started.reply.ok) throw new Error(`board:start was refused: ${started.reply.error.id}`);
  const startState = started.reply.data as SessionState;
  const joins = await Promise.all(
    pool.workers.map((worker, index) => {
      const keys = (bigHands[index] ?? []).filter((key) => key !== chair.key);
      return worker.call<{ presence: number }>('join', { boardId: seed.big.id, keys });
    }),
  );
  const present = Math.max(...joins.map((join) => join.presence));
  console.log(
    `setup ${((nowMs() - setupStart) / 1000).toFixed(1)} s: ${everyone.length} users signed in ` +
      `over HTTP; ${IDLE_BOARDS} idle boards × ${IDLE_BOARD_SIZE} joined; ` +
      `big board ${present}/${BIG_BOARD_SIZE} present, live; ` +
      `${everyone.length} sockets in ${CLIENT_WORKERS} worker threads`,
  );

  // 3. The floor: bare Socket.IO, 200 sockets in a room.
  const floor = await startFloorServer(FLOOR_PAYLOAD_BYTES);
  cleanups.push(floor.close);
  const floorHands = pool.deal(
    Array.from({ length: BIG_BOARD_SIZE }, (_unused, index) => `floor.${index}`),
  );
  await Promise.all(
    pool.workers.map((worker, index) => {
      const clients = (floorHands[index] ?? []).map((key) => ({ key, cookie: null }));
      return worker.call('open', { url: floor.url, origin: floor.url, clients });
    }),
  );

  // 1 and 3. Advances on Konsil and on the floor, taking turns.
  let currentCaseId = startState.currentCaseId;
  const caseIds = seed.big.caseIds;
  const advance = await runInterleaved(pool, [
    {
      name: 'konsil',
      chair,
      watchKeys: bigHands,
      broadcast: 'session:state',
      boardId: seed.big.id,
      startVersion: startState.version,
      command: () => {
        const next = caseIds[(caseIds.indexOf(currentCaseId ?? '') + 1) % caseIds.length] ?? null;
        currentCaseId = next;
        return { event: 'session:setCase', payload: { boardId: seed.big.id, caseId: next } };
      },
    },
    {
      name: 'floor',
      chair: { worker: pool.workerFor(0), key: 'floor.0' },
      watchKeys: floorHands,
      broadcast: FLOOR_BROADCAST,
      boardId: null,
      startVersion: 0,
      command: () => ({ event: FLOOR_COMMAND, payload: {} }),
    },
  ]);
  const [konsil, bare] = advance.outcomes;
  if (!konsil || !bare) throw new Error('The advance phase returned no outcome');
  const stateFrame = frameBytes('session:state', konsil.lastReply.ok ? konsil.lastReply.data : {});
  await Promise.all(
    pool.workers.map((worker, index) => worker.call('close', { keys: floorHands[index] ?? [] })),
  );
  await floor.close();

  // Everyone leaves the big board (at once, not after the reconnect grace) for the storms.
  await Promise.all(
    pool.workers.map(async (worker, index) => {
      const keys = bigHands[index] ?? [];
      await worker.call('leave', { boardId: seed.big.id, keys });
      await worker.call('close', { keys });
    }),
  );

  // 2. Join storms, the idle boards still connected.
  const storms: StormOutcome[] = [];
  for (const n of STORM_SIZES) {
    await sleep(500);
    storms.push(await runStorm(pool, baseUrl, seed.big.id, seed.big.users.slice(0, n), cookieOf));
  }

  // Report.
  console.log(
    `\n1+3. Advance: ${ADVANCES} advances each (after ${WARM_UP_ADVANCES} warm-up), Konsil and ` +
      `the floor taking turns; one chair each, its commands ≥ ${ADVANCE_SPACING_MS} ms apart ` +
      `(most in any 10 s: ${konsil.mostInWindow}; limit ${LIMITS.realtime.commandsPerWindow}), ` +
      `each sent once everyone had the previous snapshot. ` +
      `Command sent → snapshot received, each of ${BIG_BOARD_SIZE} participants, ms:`,
  );
  console.log(ADVANCE_HEADER);
  console.log(advanceRow(`Konsil session:setCase (${stateFrame} B)`, konsil));
  console.log(advanceRow(`floor bare Socket.IO (${floor.frameBytes} B)`, bare));
  console.log(cpuLine('Konsil', konsil.cpu, ADVANCES, 'advance'));
  console.log(cpuLine('floor', bare.cpu, ADVANCES, 'advance'));
  console.log(phaseLine('both', advance.usage));

  console.log(
    `\n2. Join storm: N fresh sockets connect and join the big board, spread over ` +
      `${STORM_SPREAD_MS} ms; complete = every list holds all N (join ack + deltas in version ` +
      `order). Bytes: every frame the server sent those sockets, counted by the clients.`,
  );
  console.log(STORM_HEADER);
  for (const storm of storms) console.log(stormRow(storm));
  for (const storm of storms) {
    console.log(cpuLine(`N=${storm.n}`, storm.usage, storm.n, 'join'));
    console.log(phaseLine('', storm.usage));
  }
  const exponent = growthExponent(storms, (storm) => storm.bytes.total / storm.n);
  const totalExponent = growthExponent(storms, (storm) => storm.bytes.total);
  console.log(
    `  from N=${storms[0]?.n} to N=${storms.at(-1)?.n} bytes per client grow as ` +
      `N^${exponent.toFixed(2)} (1 = linear, 2 = quadratic), all clients together as ` +
      `N^${totalExponent.toFixed(2)}: each of N lists must receive N entries`,
  );

  const ratio = konsil.latencies.p99 / bare.latencies.p99;
  const advanceMet = ratio <= TARGET_FLOOR_RATIO && konsil.missing === 0;
  const slowest = Math.max(...storms.map((storm) => storm.completeMs ?? Number.POSITIVE_INFINITY));
  const stormMet =
    storms.every((storm) => storm.consistent) &&
    slowest <= TARGET_STORM_MS &&
    exponent <= TARGET_GROWTH_EXPONENT;
  // Other work on the machine shows up in the tails: say how busy it was.
  console.log(`\nload average at end: ${loadAverage()}`);
  console.log('Targets:');
  console.log(
    `  (1) advance p99 ≤ ${TARGET_FLOOR_RATIO}× floor p99: ${advanceMet ? 'MET' : 'NOT MET'} — ` +
      `${konsil.latencies.p99.toFixed(2)} ms vs ${bare.latencies.p99.toFixed(2)} ms ` +
      `(${ratio.toFixed(2)}×${konsil.missing > 0 ? `, ${konsil.missing} receipts missing` : ''})`,
  );
  console.log(
    `  (2) storm complete ≤ ${TARGET_STORM_MS} ms, bytes linear: ${stormMet ? 'MET' : 'NOT MET'} — ` +
      `slowest ${Number.isFinite(slowest) ? `${slowest.toFixed(0)} ms` : 'never complete'}, ` +
      `per-client bytes ∝ N^${exponent.toFixed(2)} (limit ${TARGET_GROWTH_EXPONENT})` +
      `${storms.every((storm) => storm.consistent) ? '' : ', inconsistent lists'}`,
  );
}

const deadline = setTimeout(() => {
  console.error(`The run took longer than ${RUN_DEADLINE_MS / 60_000} min; giving up`);
  void cleanUp().then(() => process.exit(1));
}, RUN_DEADLINE_MS);
deadline.unref();

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
  clearTimeout(deadline);
}

/**
 * Benchmark of Konsil as a cluster (PostgreSQL + Redis), in one run on one
 * machine: notes W1b and the live advance with the clients on one instance
 * against the clients split over two, and W2's cold opens on PostgreSQL.
 * Every instance is the real server (src/index.ts) with REDIS_URL set, the
 * single instance too, so the split is the only difference. A report, not a
 * test: see BENCHMARKS.md → "Cluster".
 *
 *   pnpm bench:cluster           # 3 runs of W1b per layout, the live advance, W2: ~6 min
 *   pnpm bench:cluster --quick   # 1 run, 5 s of typing, 5 cold opens: ~3 min
 *
 *   = cd server && node --import tsx scripts/benchmark/cluster/clusterBench.ts [options]
 *   --runs N         W1b runs per layout (default 3, quick 1), the layouts taking turns
 *   --parts a,b      notes (W1b), live (advance), w2 (cold opens on PostgreSQL); default all
 *   --clients SETUP  how the notes clients' y-websocket providers are set up, for both layouts:
 *                    konsil (default: as Konsil's web client) or stock
 *
 * PostgreSQL at TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres), a
 * fresh schema per cluster; Redis at TEST_REDIS_URL (default redis://127.0.0.1:6379), a
 * key prefix of its own per cluster, its keys removed afterwards.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { postgresProblem } from '../benchDatabase';
import { ADVANCES } from '../live/advance';
import { ClientPool } from '../live/clientPool';
import { waitForQuiet, watchForeignLoad } from '../notes/machineLoad';
import { CLIENT_SETUPS, type ClientOptions } from '../notes/noteClients';
import { loadAverage } from '../notes/notesReport';
import { typedHistory } from '../notes/notesSeed';
import { pinSelf } from '../notes/serverProcess';
import type { TypingLoad } from '../notes/typingLoad';
import { runToEnd } from '../runToEnd';
import { type ClusterResults, printClusterReport, splitLine } from './clusterReport';
import { runColdOpensOnPostgres } from './coldOpenPostgres';
import { KonsilCluster, REDIS_URL, redisProblem } from './konsilCluster';
import { type LiveLayout, runLiveSplit } from './liveSplit';
import { type Layout, runNotesSplit, type SplitOutcome } from './notesSplit';

/**
 * Every instance on core 0, whether one or two: the cluster gets the same CPU
 * as the single instance, so what the split costs (the Redis hop, PostgreSQL
 * reads by the second holder, two processes' overhead) shows in the latency
 * instead of being hidden by a second core. The driver, with every client,
 * is on core 1. PostgreSQL and Redis are not pinned (they are the machine's).
 */
const INSTANCE_CPU = '0';
const DRIVER_CPU = '1';
const PARTS = ['notes', 'live', 'w2'] as const;
const HISTORY_LENGTH = 10_000;
const CLIENT_WORKERS = 2;
const QUIET_CORES = 0.15;
const DISTURBED_CORES = 0.25;
const ATTEMPTS = 3;
const RUN_DEADLINE_MS = 90 * 60_000;

function readOptions() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      parts: { type: 'string' },
      clients: { type: 'string', default: 'konsil' },
    },
  });
  const quick = values.quick ?? false;
  const runs = Number(values.runs ?? (quick ? 1 : 3));
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  const parts = values.parts ? values.parts.split(',').map((part) => part.trim()) : [...PARTS];
  const unknown = parts.filter((part) => !PARTS.some((known) => known === part));
  if (unknown.length > 0)
    throw new Error(`Unknown part: ${unknown.join(', ')} (know ${PARTS.join(', ')})`);
  const setup = CLIENT_SETUPS.find((known) => known === values.clients);
  if (!setup)
    throw new Error(`Unknown client set-up: ${values.clients} (know ${CLIENT_SETUPS.join(', ')})`);
  return {
    quick,
    runs,
    parts: new Set(parts),
    clients: { awareness: 'empty', setup } satisfies ClientOptions,
    w1b: {
      clients: 200,
      writers: 20,
      updatesPerSecond: 5,
      durationMs: quick ? 5_000 : 20_000,
    } satisfies TypingLoad,
    coldOpens: quick ? 5 : 20,
    /** How long each window waits for other processes to calm down. */
    patienceMs: quick ? 10_000 : 180_000,
  };
}
type Options = ReturnType<typeof readOptions>;

/** Everything still to be torn down, newest first; also run on Ctrl-C. */
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));
}

/** A fresh cluster (schema + Redis prefix), destroyed at the end of `work` or on Ctrl-C. */
async function withCluster<T>(work: (cluster: KonsilCluster) => Promise<T>): Promise<T> {
  const cluster = await KonsilCluster.create();
  const destroy = () => cluster.destroy();
  cleanups.push(destroy);
  try {
    return await work(cluster);
  } finally {
    cleanups.splice(cleanups.indexOf(destroy), 1);
    await destroy();
  }
}

async function quietMachine(options: Options): Promise<void> {
  const load = await waitForQuiet(QUIET_CORES, options.patienceMs);
  if (load >= QUIET_CORES) {
    console.log(
      `  (the machine is busy: other processes use ${load.toFixed(2)} cores; going ahead)`,
    );
  }
}

/**
 * Runs `once` until other processes used at most DISTURBED_CORES during it,
 * ATTEMPTS times at most (the last one counts), each after waiting for a quiet machine.
 */
async function undisturbed<T>(
  options: Options,
  once: () => Promise<T>,
  otherCoresOf: (outcome: T) => number,
  report: (outcome: T) => void = () => undefined,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    await quietMachine(options);
    const outcome = await once();
    report(outcome);
    if (otherCoresOf(outcome) <= DISTURBED_CORES) return outcome;
    if (attempt >= ATTEMPTS) {
      console.log(`    ↑ disturbed by other processes, kept after ${attempt} attempts`);
      return outcome;
    }
    console.log(`    ↑ disturbed by other processes (> ${DISTURBED_CORES} cores): repeating`);
  }
}

/** W1b, one instance and two taking turns (the order alternates each run). */
async function runNotes(options: Options): Promise<SplitOutcome[]> {
  const outcomes: SplitOutcome[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    const layouts: Layout[] = run % 2 === 1 ? ['single', 'split'] : ['split', 'single'];
    for (const layout of layouts) {
      const once = () =>
        withCluster((cluster) =>
          runNotesSplit(cluster, layout, options.w1b, options.clients, INSTANCE_CPU),
        );
      outcomes.push(
        await undisturbed(
          options,
          once,
          (outcome) => outcome.typing.otherCores,
          (outcome) => console.log(splitLine(run, outcome)),
        ),
      );
    }
  }
  return outcomes;
}

/** The live advance on a cluster of one instance and one of two, with a fresh pool of clients. */
async function runLiveOnce(): Promise<NonNullable<ClusterResults['live']>> {
  const pool = new ClientPool(CLIENT_WORKERS);
  const stopPool = () => pool.stop();
  cleanups.push(stopPool);
  try {
    return await withCluster((singleCluster) =>
      withCluster(async (splitCluster) => {
        const single: LiveLayout = {
          name: 'single',
          cluster: singleCluster,
          instances: [await singleCluster.start('S', INSTANCE_CPU)],
        };
        const split: LiveLayout = {
          name: 'split',
          cluster: splitCluster,
          instances: [
            await splitCluster.start('A', INSTANCE_CPU),
            await splitCluster.start('B', INSTANCE_CPU),
          ],
        };
        const everyInstance = [...single.instances, ...split.instances];
        const foreign = watchForeignLoad(() =>
          everyInstance.reduce((sum, instance) => sum + instance.cpuMs(), 0),
        );
        const outcome = await runLiveSplit(pool, single, split);
        return { ...outcome, otherCores: foreign.stop() };
      }),
    );
  } finally {
    cleanups.splice(cleanups.indexOf(stopPool), 1);
    await pool.stop();
  }
}

function runLive(options: Options): Promise<ClusterResults['live']> {
  return undisturbed(
    options,
    runLiveOnce,
    (outcome) => outcome.otherCores,
    (outcome) =>
      console.log(`  other processes ${outcome.otherCores.toFixed(2)} cores over the phase`),
  );
}

function runColdOpens(options: Options): Promise<ClusterResults['cold']> {
  const history = typedHistory(HISTORY_LENGTH);
  const once = () =>
    withCluster((cluster) =>
      runColdOpensOnPostgres(cluster, history, options.coldOpens, options.clients, INSTANCE_CPU),
    );
  return undisturbed(
    options,
    once,
    (outcome) => outcome.otherCores,
    (outcome) =>
      console.log(
        `  log: p50 ${outcome.log.p50.toFixed(2)} ms; compacted: p50 ` +
          `${outcome.compacted.p50.toFixed(2)} ms; other processes ${outcome.otherCores.toFixed(2)} cores`,
      ),
  );
}

async function main() {
  const options = readOptions();
  for (const problem of [await postgresProblem(), await redisProblem()]) {
    if (problem) throw new Error(`The cluster benchmark needs PostgreSQL and Redis: ${problem}`);
  }
  pinSelf(DRIVER_CPU);
  // Every y-websocket provider adds a process 'exit' listener; 200 of them are expected here.
  process.setMaxListeners(0);
  const cpus = os.cpus();
  console.log('Konsil benchmark — cluster: one instance against two, PostgreSQL + Redis');
  console.log(`node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}`);
  console.log(`load average at start: ${loadAverage()}`);
  console.log(
    `instances: the real server (src/index.ts) with REDIS_URL ${REDIS_URL}, each cluster on a fresh ` +
      `PostgreSQL schema and Redis key prefix; every instance pinned to core ${INSTANCE_CPU}, one or ` +
      `two (two share the single instance's core); the driver and all clients on core ${DRIVER_CPU}. ` +
      `Notes clients: y-websocket 3's provider, ${options.clients.setup} set-up, for both layouts.`,
  );
  const results: ClusterResults = { splits: [], live: null, cold: null, advances: ADVANCES };
  if (options.parts.has('notes')) {
    console.log(`\nW1b: ${options.runs} run(s) of each layout, taking turns`);
    results.splits = await runNotes(options);
  }
  if (options.parts.has('live')) {
    console.log('\nLive advance: one instance and two, taking turns');
    results.live = await runLive(options);
  }
  if (options.parts.has('w2')) {
    console.log('\nW2 on PostgreSQL');
    results.cold = await runColdOpens(options);
  }
  console.log(`\nload average at end: ${loadAverage()}`);
  printClusterReport(results);
}

await runToEnd(main, cleanUp, RUN_DEADLINE_MS);

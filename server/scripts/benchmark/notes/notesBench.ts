/**
 * Benchmark of collaborative notes (Yjs over websockets): Konsil's
 * /collab/<caseId> against two reference servers under identical load —
 * @y/websocket-server (the protocol's reference implementation) and
 * Hocuspocus (its own protocol and provider). Each server runs in a child
 * process pinned to core 0; this driver, with every headless client, is
 * pinned to core 1. A report, not a test: see BENCHMARKS.md →
 * "Collaborative notes".
 *
 *   pnpm bench:notes            # 3 interleaved runs, both client set-ups: ~15 min on 2 cores
 *                               # on a quiet machine (more when windows are repeated)
 *   pnpm bench:notes --quick    # 1 run, 5 s typing, 5 cold opens, 200 documents: ~5 min
 *
 *   = cd server && node --import tsx scripts/benchmark/notes/notesBench.ts [options]
 *   --runs N                 runs of every workload on every server (default 3, quick 1)
 *   --servers a,b            konsil, y-websocket-server, hocuspocus (default all)
 *   --workloads a,b          w1, w1b, w2, w3 (default all)
 *   --clients a,b            how the y-websocket providers are set up, the same for every
 *                            y-websocket server of a comparison: stock (as the package ships
 *                            it: echoes every awareness change back) and/or konsil (as
 *                            Konsil's web client: its own awareness only, edits held until
 *                            synced). Default both: W1 and W1b run once with each; W2, W3
 *                            and Hocuspocus's pass use konsil
 *   --awareness MODE         what each client publishes in awareness: empty (default, the
 *                            providers' own), caret (a user with name and colour, as TipTap's
 *                            caret does) or off (nothing: document updates only)
 *   --profile                afterwards, Konsil's W1, W1b and W2 once more with the server's V8
 *                            CPU profiler on over the measurement: top self-time functions
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LIMITS } from '@konsil/shared';
import { countNoteUpdates } from '../../../src/storage/repositories/noteDocuments';
import { runToEnd } from '../runToEnd';
import { runChurn } from './churn';
import { runColdOpens } from './coldOpen';
import { waitForQuiet, watchForeignLoad } from './machineLoad';
import {
  type AWARENESS_MODES,
  type ClientOptions,
  type ClientSetup,
  hocuspocusTarget,
  konsilTarget,
  type ServerName,
  type Target,
  yWebsocketServerTarget,
} from './noteClients';
import {
  type Options,
  readOptions,
  type Series,
  seriesName,
  seriesOf,
  type Workload,
} from './notesOptions';
import {
  churnLine,
  coldOpenLine,
  loadAverage,
  printReport,
  type Results,
  type RunResult,
  typingLine,
} from './notesReport';
import { createNotesDatabase, seedNotes, signInAll, storeHistory, typedHistory } from './notesSeed';
import { printProfileSummary } from './profileSummary';
import { pinSelf, type ServerProcess, startServerProcess } from './serverProcess';
import { runTyping } from './typingLoad';
import { waitUntil } from './waiting';

const SERVER_CPU = '0';
/**
 * A profiled server may also use the driver's core: pinned to one core, V8's
 * sampler thread mostly gets to run when the main thread is idle, and the
 * profile misses most of the busy time. Profiled runs are not counted.
 */
const PROFILED_SERVER_CPUS = '0,1';
const DRIVER_CPU = '1';
const HISTORY_LENGTH = 10_000;
/** W2 opens these cases first in each pass, uncounted (see coldOpen.ts). */
const COLD_OPEN_WARM_UPS = 2;
/** Writers are distinct users; the other connections share their sessions. */
const KONSIL_USERS = 20;
const CHURN_SETTLE_MS = 15_000;
/** Each workload waits (up to the patience) until other processes use less than this. */
const QUIET_CORES = 0.15;
const QUIET_PATIENCE_MS = 180_000;
/** A latency window during which other processes took more than this is repeated… */
const DISTURBED_CORES = 0.25;
/** …up to this many attempts in all. */
const ATTEMPTS = 3;
const RUN_DEADLINE_MS = 180 * 60_000;

const AWARENESS_DESCRIPTIONS: Record<(typeof AWARENESS_MODES)[number], string> = {
  empty: "the providers' own (an empty state, renewed every 15 s)",
  caret: 'a user with name and colour, as TipTap’s caret publishes it (--awareness caret)',
  off: 'none (--awareness off)',
};

const SETUP_DESCRIPTIONS: Record<ClientSetup, string> = {
  stock: 'stock (as the package ships it: echoes every awareness change it receives)',
  konsil:
    "konsil (as Konsil's web client: sends only its own awareness state, holds edits until synced)",
};

/** `items` shifted left by `by` places, so each run starts with a different one. */
function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

const SCRIPTS: Record<ServerName, string> = {
  konsil: 'konsilServer.ts',
  'y-websocket-server': 'yWebsocketServer.ts',
  hocuspocus: 'hocuspocusServer.ts',
};

/** Everything still to be torn down, newest first; also run on Ctrl-C. */
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
}
/** Registers a teardown step; returns a function that runs it now (once) instead. */
function tearDownLater(step: () => Promise<void>): () => Promise<void> {
  cleanups.push(step);
  return () => {
    const index = cleanups.indexOf(step);
    if (index === -1) return Promise.resolve();
    cleanups.splice(index, 1);
    return step();
  };
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));
}

interface Launched {
  server: ServerProcess;
  target: Target;
  docNames: string[];
  countLogRows: (caseIds: readonly string[]) => Promise<number>;
  stop(): Promise<void>;
}

/** The reference server's own persistence (LevelDB) in a temp directory, for W3. */
function yPersistenceDirectory(): { env: Record<string, string>; remove(): Promise<void> } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'konsil-notes-ypersistence-'));
  return {
    env: { YPERSISTENCE: dir },
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fresh server process for one workload; Konsil gets a fresh database seeded for it. */
async function launch(
  { server: name, setup }: Series,
  workload: Workload,
  options: Options,
  history: Uint8Array[],
  cpu = SERVER_CPU,
): Promise<Launched> {
  const clients: ClientOptions = {
    awareness: options.awareness,
    setup: setup ?? options.primarySetup,
  };
  const documents =
    workload === 'w2'
      ? COLD_OPEN_WARM_UPS + options.coldOpens
      : workload === 'w3'
        ? options.churnDocuments
        : 1;
  if (name !== 'konsil') {
    // Without persistence @y/websocket-server never drops a document, so W3 would say nothing.
    const persistence =
      name === 'y-websocket-server' && workload === 'w3' ? yPersistenceDirectory() : null;
    const removePersistence = persistence ? tearDownLater(persistence.remove) : null;
    const server = await startServerProcess({
      script: SCRIPTS[name],
      cpu,
      ...(persistence ? { env: persistence.env } : {}),
    });
    const stopServer = tearDownLater(server.stop);
    const target =
      name === 'hocuspocus'
        ? hocuspocusTarget(server.port, clients)
        : yWebsocketServerTarget(server.port, clients);
    return {
      server,
      target,
      docNames: Array.from({ length: documents }, (_unused, index) => `${workload}-${index}`),
      countLogRows: async () => 0,
      async stop() {
        await stopServer();
        await removePersistence?.();
      },
    };
  }
  const database = await createNotesDatabase();
  const disposeDatabase = tearDownLater(database.dispose);
  const seed = await seedNotes(database.db, { userCount: KONSIL_USERS, caseCount: documents });
  if (workload === 'w2') await storeHistory(database.db, seed.caseIds, history);
  const server = await startServerProcess({
    script: SCRIPTS.konsil,
    args: [database.dataDir],
    cpu,
  });
  const stopServer = tearDownLater(server.stop);
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const cookies = await signInAll(baseUrl, seed.emails);
  return {
    server,
    target: konsilTarget(baseUrl, cookies, clients),
    docNames: seed.caseIds,
    async countLogRows(caseIds) {
      let rows = 0;
      for (const caseId of caseIds) rows += await countNoteUpdates(database.db, caseId);
      return rows;
    },
    async stop() {
      await stopServer();
      await disposeDatabase();
    },
  };
}

/**
 * Runs one workload on a fresh server and returns how much CPU other
 * processes took meanwhile (cores' worth), so a disturbed window can be repeated.
 */
async function runWorkloadOnce(
  series: Series,
  workload: Workload,
  run: number,
  options: Options,
  history: Uint8Array[],
  result: RunResult,
  /** Profile the server over the measurement into this .cpuprofile file. */
  profileFile: string | null = null,
): Promise<number> {
  const before = await waitForQuiet(QUIET_CORES, QUIET_PATIENCE_MS);
  if (before >= QUIET_CORES) {
    console.log(
      `  (the machine is busy: other processes use ${before.toFixed(2)} cores; going ahead)`,
    );
  }
  const cpu = profileFile ? PROFILED_SERVER_CPUS : SERVER_CPU;
  const launched = await launch(series, workload, options, history, cpu);
  const name = seriesName(series);
  try {
    const { server, target, docNames } = launched;
    const docName = docNames[0] ?? 'notes';
    const foreign = watchForeignLoad(() => server.cpuMs());
    if (workload === 'w1' || workload === 'w1b') {
      const profiled = profileFile;
      const window = profiled
        ? { onStart: () => server.startProfile(), onEnd: () => server.stopProfile(profiled) }
        : undefined;
      const outcome = await runTyping(target, server, docName, options[workload], window);
      result[workload] = outcome;
      console.log(typingLine(run, name, workload.toUpperCase(), outcome));
      return outcome.otherCores;
    }
    if (workload === 'w2') {
      if (profileFile) await server.startProfile();
      const cases = {
        warmUp: docNames.slice(0, COLD_OPEN_WARM_UPS),
        measured: docNames.slice(COLD_OPEN_WARM_UPS),
      };
      const noneHeld = (timeoutMs: number) =>
        waitUntil(async () => (await server.documentCount()) === 0, timeoutMs, 10);
      const outcome = await runColdOpens(
        target,
        noneHeld,
        cases,
        HISTORY_LENGTH,
        launched.countLogRows,
      );
      const otherCores = foreign.stop();
      if (profileFile) await server.stopProfile(profileFile);
      result.w2 = outcome;
      console.log(coldOpenLine(run, outcome, otherCores));
      return otherCores;
    }
    const outcome = await runChurn(target, server, docNames, CHURN_SETTLE_MS);
    const otherCores = foreign.stop();
    result.w3 = outcome;
    console.log(churnLine(run, name, outcome, otherCores));
    // W3 counts documents and memory, which other load does not change.
    return 0;
  } finally {
    await launched.stop();
  }
}

/** Repeats a window that other processes disturbed, a few times at most; the last one counts. */
async function runWorkload(
  series: Series,
  workload: Workload,
  run: number,
  options: Options,
  history: Uint8Array[],
  result: RunResult,
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const otherCores = await runWorkloadOnce(series, workload, run, options, history, result);
    if (otherCores <= DISTURBED_CORES) return;
    if (attempt >= ATTEMPTS) {
      console.log(`    ↑ disturbed by other processes, kept after ${attempt} attempts`);
      return;
    }
    console.log(`    ↑ disturbed by other processes (> ${DISTURBED_CORES} cores): repeating`);
  }
}

/** One more Konsil `workload`, profiled over its measurement; not counted in the results. */
async function profileKonsil(workload: Workload, options: Options, history: Uint8Array[]) {
  const file = path.join(
    mkdtempSync(path.join(os.tmpdir(), 'konsil-notes-profile-')),
    `konsil-${workload}.cpuprofile`,
  );
  console.log(`\nProfile: one more Konsil ${workload.toUpperCase()}, V8 CPU profile of the server`);
  const series = { server: 'konsil', setup: options.primarySetup } as const;
  await runWorkloadOnce(series, workload, 0, options, history, {}, file);
  printProfileSummary(file);
  console.log(`  profile kept at ${file} (Chrome DevTools → Performance can open it)`);
}

async function main() {
  const options = readOptions();
  pinSelf(DRIVER_CPU);
  // Every y-websocket provider adds a process 'exit' listener; 200 of them are expected here.
  process.setMaxListeners(0);
  const cpus = os.cpus();
  console.log(
    'Konsil benchmark — collaborative notes (Yjs): Konsil vs @y/websocket-server vs Hocuspocus',
  );
  console.log(`node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}`);
  console.log(`load average at start: ${loadAverage()}`);
  console.log(
    `servers: one process each, pinned to core ${SERVER_CPU}; driver (all clients) pinned to core ` +
      `${DRIVER_CPU}. ${options.runs} run(s), servers interleaved (order rotates per run), a fresh ` +
      'server process per workload. Konsil: fresh SQLite database per workload, ' +
      `${KONSIL_USERS} signed-in clinicians whose sessions the connections share; its limit of ` +
      `${LIMITS.collab.messagesPerSecond} messages/s per connection is above every client's rate.`,
  );
  console.log(
    "clients: y-websocket 3's provider for Konsil and y-websocket-server, set up the same way " +
      `for both in each comparison: ${options.setups.map((setup) => SETUP_DESCRIPTIONS[setup]).join('; ')}. ` +
      `W2, W3 and Hocuspocus's pass use the ${options.primarySetup} set-up; Hocuspocus gets its ` +
      'own provider (it sends only its own awareness state). One Y.Doc and one socket each, no ' +
      `BroadcastChannel; awareness: ${AWARENESS_DESCRIPTIONS[options.awareness]}`,
  );
  const history = options.workloads.includes('w2') ? typedHistory(HISTORY_LENGTH) : [];
  const results: Results = new Map();
  for (let run = 1; run <= options.runs; run += 1) {
    const order = rotate(options.servers, run - 1);
    const setups = rotate(options.setups, run - 1);
    console.log(
      `\nrun ${run} of ${options.runs}: ${order.join(' → ')}; clients ${setups.join(' → ')}`,
    );
    for (const workload of options.workloads) {
      // W2 needs a history in a database: only Konsil keeps one.
      for (const series of seriesOf(workload, order, setups, options.primarySetup)) {
        const name = seriesName(series);
        const entry = results.get(name) ?? { series, runs: [] };
        results.set(name, entry);
        entry.runs[run - 1] ??= {};
        await runWorkload(series, workload, run, options, history, entry.runs[run - 1] ?? {});
      }
    }
  }
  printReport(results, {
    runs: options.runs,
    w1: options.w1,
    w1b: options.w1b,
    coldOpens: options.coldOpens,
    historyLength: HISTORY_LENGTH,
    churnDocuments: options.churnDocuments,
    setups: options.setups,
    primarySetup: options.primarySetup,
  });
  if (options.profile && options.servers.includes('konsil')) {
    // Where Konsil's time goes in the workloads with latency targets.
    for (const workload of (['w1', 'w1b', 'w2'] as const).filter((w) =>
      options.workloads.includes(w),
    )) {
      await profileKonsil(workload, options, history);
    }
  }
}

await runToEnd(main, cleanUp, RUN_DEADLINE_MS);

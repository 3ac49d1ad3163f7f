/**
 * Benchmark of GET /api/boards/:id — the agenda everyone loads before and
 * during a board — for a board of 40 cases next to the demo data, on the real
 * app over loopback, once on SQLite (temp file, WAL) and once on PostgreSQL
 * (a schema of its own). A report, not a test: see BENCHMARKS.md.
 */
import os from 'node:os';
import { BoardResponseSchema } from '@konsil/shared';
import { sql } from 'kysely';
import type { DialectName } from '../../src/storage/dialect';
import { load, observeServerTimes, signIn, startApp } from './benchApp';
import { seedBenchBoard } from './benchBoard';
import {
  type BenchDatabase,
  openBenchDatabase,
  POSTGRES_URL,
  postgresProblem,
} from './benchDatabase';
import { formatRow, type Summary, summarize, TABLE_HEADER } from './stats';

const CASE_COUNT = 40;
const WARM_UP = 50;
const SEQUENTIAL = 500;
const CONCURRENCY = 4;
const CONCURRENT_TOTAL = 400;
const TARGET_P99_MS = 30;
const SIGNED_IN_AS = 'coordinator.berlin@konsil.test';

/** Everything still to be torn down, newest first; also run on Ctrl-C. */
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));
}

async function engineVersion(database: BenchDatabase): Promise<string> {
  const version =
    database.dialect === 'sqlite'
      ? sql<{ v: string }>`select 'SQLite ' || sqlite_version() as v`
      : sql<{ v: string }>`select 'PostgreSQL ' || current_setting('server_version') as v`;
  const result = await version.execute(database.db);
  return result.rows[0]?.v ?? database.dialect;
}

interface Outcome {
  dialect: DialectName;
  sequential: Summary;
  concurrent: Summary;
}

async function benchmark(dialect: DialectName): Promise<Outcome> {
  const database = await openBenchDatabase(dialect);
  cleanups.push(database.dispose);
  const boardId = await seedBenchBoard(database.db, CASE_COUNT);
  const { app, baseUrl } = await startApp(database.db);
  cleanups.push(() => app.close());
  const path = `/api/boards/${boardId}`;
  const url = `${baseUrl}${path}`;
  const serverTimes = observeServerTimes(app, path);
  const cookie = await signIn(baseUrl, SIGNED_IN_AS);

  // Check once that the answer is the real thing: the whole agenda, in the shared contract.
  const text = await (await fetch(url, { headers: { cookie } })).text();
  const { board } = BoardResponseSchema.parse(JSON.parse(text));
  if (board.cases.length !== CASE_COUNT) throw new Error(`Saw ${board.cases.length} cases`);
  console.log(`\n${dialect}: ${await engineVersion(database)} (${database.location})`);
  console.log(`  board with ${board.cases.length} cases, response ${text.length} bytes`);

  await load(url, cookie, WARM_UP, 1);
  serverTimes.length = 0;
  const sequential = await load(url, cookie, SEQUENTIAL, 1);
  const sequentialServer = summarize(serverTimes.splice(0));
  const concurrent = await load(url, cookie, CONCURRENT_TOTAL, CONCURRENCY);
  const concurrentServer = summarize(serverTimes.splice(0));
  await cleanUp();

  const outcome = {
    dialect,
    sequential: summarize(sequential.samples),
    concurrent: summarize(concurrent.samples),
  };
  console.log(TABLE_HEADER);
  console.log(
    formatRow(`${dialect} sequential`, outcome.sequential, sequentialServer, sequential.perSecond),
  );
  const concurrentLabel = `${dialect} concurrency ${CONCURRENCY}`;
  console.log(
    formatRow(concurrentLabel, outcome.concurrent, concurrentServer, concurrent.perSecond),
  );
  return outcome;
}

async function main() {
  const cpus = os.cpus();
  const loadAverage = os.loadavg().map((value) => value.toFixed(2));
  console.log(`Konsil benchmark — GET /api/boards/:id, ${CASE_COUNT} cases, as ${SIGNED_IN_AS}`);
  console.log(`node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}`);
  // Other work on the machine shows up in the tail: say how busy it was.
  console.log(`load average at start: ${loadAverage.join(' ')}`);
  console.log(
    `${WARM_UP} warm-up, ${SEQUENTIAL} sequential, ${CONCURRENT_TOTAL} at concurrency ` +
      `${CONCURRENCY}; client in a worker thread, loopback`,
  );

  const outcomes: Outcome[] = [await benchmark('sqlite')];
  const problem = await postgresProblem();
  if (problem) console.log(`\npostgres: SKIPPED — no server at ${POSTGRES_URL} (${problem})`);
  else outcomes.push(await benchmark('postgres'));

  console.log(`\nTarget: p99 < ${TARGET_P99_MS} ms per request (sequential round trip)`);
  for (const { dialect, sequential, concurrent } of outcomes) {
    const verdict = sequential.p99 < TARGET_P99_MS ? 'MET' : 'NOT MET';
    const underLoad = concurrent.p99 < TARGET_P99_MS ? 'met' : 'not met';
    console.log(
      `  ${dialect.padEnd(8)} ${verdict}: p99 ${sequential.p99.toFixed(2)} ms ` +
        `(at concurrency ${CONCURRENCY}: p99 ${concurrent.p99.toFixed(2)} ms, ${underLoad})`,
    );
  }
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

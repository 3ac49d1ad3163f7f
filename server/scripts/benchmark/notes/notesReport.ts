/** Report of the notes benchmark: per-run lines as they finish, then medians and targets. */
import os from 'node:os';
import type { ChurnOutcome } from './churn';
import type { ColdOpenOutcome } from './coldOpen';
import type { ServerName } from './noteClients';
import type { TypingLoad, TypingOutcome } from './typingLoad';

export interface RunResult {
  w1?: TypingOutcome;
  w1b?: TypingOutcome;
  w2?: ColdOpenOutcome;
  w3?: ChurnOutcome;
}
export type Results = Map<ServerName, RunResult[]>;

export const TARGETS = {
  w1RatioToYWebsocketServer: 1.25,
  w2ColdOpenP50Ms: 50,
  w3DocumentsLeft: 0,
} as const;

const fixed = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
const cell = (value: string, width: number) => value.padStart(width);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function medianOf<T>(runs: readonly T[], pick: (run: T) => number | null | undefined): number {
  return median(
    runs.map(pick).filter((value): value is number => value !== null && value !== undefined),
  );
}

export const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** One line per finished workload, so a long run shows progress and run-to-run spread. */
export function typingLine(run: number, server: ServerName, name: string, o: TypingOutcome) {
  return (
    `  run ${run} ${name.padEnd(4)} ${server.padEnd(18)} p50 ${fixed(o.latency.p50)} ms, ` +
    `p99 ${fixed(o.latency.p99)} ms, max ${fixed(o.latency.max)} ms; ${o.receipts} receipts, ` +
    `${o.missing} missing; server ${fixed(o.cpuPerUpdateUs, 1)} µs CPU/update ` +
    `(${fixed(100 * o.systemShare, 0)}% kernel), RSS ${fixed(o.idleRssMb, 0)} MB idle → ` +
    `peak ${fixed(o.peakRssMb, 0)} MB; drops ${o.drops}; per client ${fixed(o.framesPerClientSecond, 0)} ` +
    `frames/s, ${fixed(o.bytesPerClientSecond / 1024, 1)} KB/s; driver loop busy ` +
    `${fixed(100 * o.driverLoopBusy, 0)}%, send lag p99 ${fixed(o.sendLagP99, 1)} ms; ` +
    `slowest 1% sent in second ${o.tail.map((t) => `${t.second} (${whole(100 * t.share)}%)`).join(', ')} ` +
    'of the window; ' +
    `other processes ${fixed(o.otherCores)} cores`
  );
}

export function coldOpenLine(run: number, o: ColdOpenOutcome, otherCores: number) {
  return (
    `  run ${run} W2   konsil             log: p50 ${fixed(o.log.p50)} ms, max ${fixed(o.log.max)} ms; ` +
    `compacted: p50 ${fixed(o.compacted.p50)} ms, max ${fixed(o.compacted.max)} ms; log rows ` +
    `${o.logRowsBefore} → ${o.logRowsAfter} after the first opens; warm opens ${o.warmOpens}; ` +
    `other processes ${fixed(otherCores)} cores`
  );
}

export function churnLine(run: number, server: ServerName, o: ChurnOutcome, otherCores: number) {
  return (
    `  run ${run} W3   ${server.padEnd(18)} ${o.documents} documents in ${fixed(o.wallMs / 1000, 1)} s; ` +
    `left ${o.left}${o.emptyAfterMs === null ? '' : ` (none after ${fixed(o.emptyAfterMs, 0)} ms)`}; ` +
    `RSS ${fixed(o.rssMb, 0)} MB (peak ${fixed(o.peakRssMb, 0)} MB); drops ${o.drops}; ` +
    `other processes ${fixed(otherCores)} cores`
  );
}

const whole = (value: number) => fixed(value, 0);
const tenths = (value: number) => fixed(value, 1);

type Median = (pick: (o: TypingOutcome) => number) => number;

/** Columns of the W1/W1b tables: heading, width, and the cell from the median of a server's runs. */
const TYPING_COLUMNS: { heading: string; width: number; value: (m: Median) => string }[] = [
  { heading: 'receipts', width: 9, value: (m) => whole(m((o) => o.receipts)) },
  { heading: 'missing', width: 8, value: (m) => whole(m((o) => o.missing)) },
  { heading: 'p50', width: 8, value: (m) => fixed(m((o) => o.latency.p50)) },
  { heading: 'p95', width: 8, value: (m) => fixed(m((o) => o.latency.p95)) },
  { heading: 'p99', width: 8, value: (m) => fixed(m((o) => o.latency.p99)) },
  { heading: 'max', width: 8, value: (m) => fixed(m((o) => o.latency.max)) },
  { heading: 'µs CPU/upd', width: 11, value: (m) => tenths(m((o) => o.cpuPerUpdateUs)) },
  {
    heading: 'RSS idle→peak',
    width: 15,
    value: (m) => `${whole(m((o) => o.idleRssMb))}→${whole(m((o) => o.peakRssMb))} MB`,
  },
  { heading: 'drops', width: 6, value: (m) => whole(m((o) => o.drops)) },
  { heading: 'driver', width: 7, value: (m) => `${whole(100 * m((o) => o.driverLoopBusy))}%` },
];

function typingTable(results: Results, pick: (run: RunResult) => TypingOutcome | undefined) {
  const header = TYPING_COLUMNS.map(({ heading, width }) => cell(heading, width)).join('');
  const lines = [`${'server'.padEnd(19)}${header}   p99 of each run`];
  for (const [server, runs] of results) {
    const outcomes = runs.map(pick).filter((o): o is TypingOutcome => o !== undefined);
    if (outcomes.length === 0) continue;
    const m = (f: (o: TypingOutcome) => number) => medianOf(outcomes, f);
    const cells = TYPING_COLUMNS.map(({ width, value }) => cell(value(m), width)).join('');
    const eachP99 = outcomes.map((o) => fixed(o.latency.p99, 1)).join(' / ');
    lines.push(`${server.padEnd(19)}${cells}   ${eachP99}`);
  }
  return lines.join('\n');
}

function p99Of(
  results: Results,
  server: ServerName,
  pick: (run: RunResult) => TypingOutcome | undefined,
) {
  return medianOf(results.get(server) ?? [], (run) => pick(run)?.latency.p99);
}

const verdict = (isMet: boolean | null) => (isMet === null ? 'n/a' : isMet ? 'PASS' : 'FAIL');

export interface ReportShape {
  runs: number;
  w1: TypingLoad;
  w1b: TypingLoad;
  coldOpens: number;
  historyLength: number;
  churnDocuments: number;
}

export function printReport(results: Results, shape: ReportShape): void {
  const describe = (load: TypingLoad) =>
    `${load.clients} clients in one document, ${load.writers} typing at ` +
    `${load.updatesPerSecond} updates/s for ${load.durationMs / 1000} s`;
  const w1 = (run: RunResult) => run.w1;
  const w1b = (run: RunResult) => run.w1b;
  console.log(
    `\nMedians of ${shape.runs} interleaved run(s). Latency: edit → receipt at every other client, ms.`,
  );
  console.log(`\nW1: ${describe(shape.w1)}`);
  console.log(typingTable(results, w1));
  console.log(`\nW1b: ${describe(shape.w1b)}`);
  console.log(typingTable(results, w1b));

  const konsil = results.get('konsil') ?? [];
  const cold = konsil.map((run) => run.w2).filter((o): o is ColdOpenOutcome => o !== undefined);
  console.log(
    `\nW2: cold open, ${shape.coldOpens} cases with a ${shape.historyLength.toLocaleString('en-US')}-update ` +
      'history in the database (after 2 uncounted warm-up opens per pass); connect → first sync ' +
      'with all text there, ms. Konsil only: the reference servers keep no history in a database.',
  );
  if (cold.length > 0) {
    const m = (f: (o: ColdOpenOutcome) => number) => fixed(medianOf(cold, f));
    console.log(
      `${'document'.padEnd(34)}${cell('p50', 8)}${cell('p95', 8)}${cell('max', 8)}${cell('log rows', 10)}`,
    );
    console.log(
      `${'update log (not compacted)'.padEnd(34)}${cell(
        m((o) => o.log.p50),
        8,
      )}` +
        `${cell(
          m((o) => o.log.p95),
          8,
        )}${cell(
          m((o) => o.log.max),
          8,
        )}` +
        `${cell(
          fixed(
            medianOf(cold, (o) => o.logRowsBefore / shape.coldOpens),
            0,
          ),
          10,
        )}`,
    );
    console.log(
      `${'after first open/close'.padEnd(34)}${cell(
        m((o) => o.compacted.p50),
        8,
      )}` +
        `${cell(
          m((o) => o.compacted.p95),
          8,
        )}${cell(
          m((o) => o.compacted.max),
          8,
        )}` +
        `${cell(
          fixed(
            medianOf(cold, (o) => o.logRowsAfter / shape.coldOpens),
            0,
          ),
          10,
        )}`,
    );
  } else {
    console.log('  (not run)');
  }

  console.log(
    `\nW3: ${shape.churnDocuments} documents opened, edited once and closed, 4 at a time`,
  );
  console.log(
    `${'server'.padEnd(19)}${cell('left', 6)}${cell('empty after', 13)}${cell('RSS after', 11)}` +
      `${cell('peak RSS', 10)}${cell('wall', 8)}`,
  );
  for (const [server, runs] of results) {
    const churns = runs.map((run) => run.w3).filter((o): o is ChurnOutcome => o !== undefined);
    if (churns.length === 0) continue;
    const emptied = churns.every((o) => o.emptyAfterMs !== null);
    console.log(
      `${server.padEnd(19)}${cell(
        fixed(
          medianOf(churns, (o) => o.left),
          0,
        ),
        6,
      )}` +
        `${cell(
          emptied
            ? `${fixed(
                medianOf(churns, (o) => o.emptyAfterMs),
                0,
              )} ms`
            : 'never',
          13,
        )}` +
        `${cell(
          `${fixed(
            medianOf(churns, (o) => o.rssMb),
            0,
          )} MB`,
          11,
        )}` +
        `${cell(
          `${fixed(
            medianOf(churns, (o) => o.peakRssMb),
            0,
          )} MB`,
          10,
        )}` +
        `${cell(`${fixed(medianOf(churns, (o) => o.wallMs) / 1000, 1)} s`, 8)}`,
    );
  }

  printTargets(results, cold);
}

function printTargets(results: Results, cold: ColdOpenOutcome[]) {
  const w1 = (run: RunResult) => run.w1;
  const w1b = (run: RunResult) => run.w1b;
  const konsilW1 = p99Of(results, 'konsil', w1);
  const yW1 = p99Of(results, 'y-websocket-server', w1);
  const limitW1 = TARGETS.w1RatioToYWebsocketServer * yW1;
  const konsilW1b = p99Of(results, 'konsil', w1b);
  const hocusW1b = p99Of(results, 'hocuspocus', w1b);
  const logP50 = medianOf(cold, (o) => o.log.p50);
  const compactedP50 = medianOf(cold, (o) => o.compacted.p50);
  const left = medianOf(results.get('konsil') ?? [], (run) => run.w3?.left);
  const known = (...values: number[]) => values.every((value) => Number.isFinite(value));
  const coldLimit = TARGETS.w2ColdOpenP50Ms;
  const rows: [string, string, boolean | null][] = [
    [
      `W1  p99 Konsil ≤ ${TARGETS.w1RatioToYWebsocketServer} × y-websocket-server p99`,
      `${fixed(konsilW1)} ms vs ${fixed(limitW1)} ms (${fixed(konsilW1 / yW1)}× of ${fixed(yW1)} ms)`,
      known(konsilW1, yW1) ? konsilW1 <= limitW1 : null,
    ],
    [
      'W1b p99 Konsil ≤ Hocuspocus p99',
      `${fixed(konsilW1b)} ms vs ${fixed(hocusW1b)} ms (${fixed(konsilW1b / hocusW1b)}×)`,
      known(konsilW1b, hocusW1b) ? konsilW1b <= hocusW1b : null,
    ],
    [
      `W2  cold open p50 < ${coldLimit} ms, update log`,
      `${fixed(logP50)} ms`,
      known(logP50) ? logP50 < coldLimit : null,
    ],
    [
      `W2  cold open p50 < ${coldLimit} ms, after compaction`,
      `${fixed(compactedP50)} ms`,
      known(compactedP50) ? compactedP50 < coldLimit : null,
    ],
    [
      `W3  Konsil documents left = ${TARGETS.w3DocumentsLeft}`,
      `${fixed(left, 0)}`,
      known(left) ? left === TARGETS.w3DocumentsLeft : null,
    ],
  ];
  console.log(`\nload average at end: ${loadAverage()}`);
  console.log('Targets (medians of the runs):');
  for (const [label, value, isMet] of rows) {
    console.log(`  ${verdict(isMet).padEnd(5)} ${label.padEnd(52)} ${value}`);
  }
  console.log(
    '  (issue, this machine: W1 p99 ≈ 5 ms y-websocket-server, 6.5 ms Hocuspocus; W1b p99 ≈ 330 ms ' +
      'y-websocket-server, 67 ms Hocuspocus; y-websocket-server keeps all documents in W3)',
  );
}

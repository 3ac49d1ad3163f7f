/** Report of the notes benchmark: per-run lines as they finish, then medians and targets. */
import os from 'node:os';
import type { ChurnOutcome } from './churn';
import type { ColdOpenOutcome } from './coldOpen';
import { fixed, medianOf } from './medians';
import type { ClientSetup } from './noteClients';
import type { Series } from './notesOptions';
import { printTargets } from './notesTargets';
import type { TypingLoad, TypingOutcome } from './typingLoad';

export interface RunResult {
  w1?: TypingOutcome;
  w1b?: TypingOutcome;
  w2?: ColdOpenOutcome;
  w3?: ChurnOutcome;
}
/** By series name (server · client set-up): what each run gave. */
export type Results = Map<string, { series: Series; runs: RunResult[] }>;

const NAME_WIDTH = 30;

const cell = (value: string, width: number) => value.padStart(width);
const whole = (value: number) => fixed(value, 0);
const tenths = (value: number) => fixed(value, 1);

export const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** The tail's seconds, as "3 (40%), 7 (20%)". */
const tailText = (o: TypingOutcome) =>
  o.tail.map((t) => `${t.second} (${whole(100 * t.share)}%)`).join(', ');

/** One line per finished workload, so a long run shows progress and run-to-run spread. */
export function typingLine(run: number, server: string, name: string, o: TypingOutcome) {
  return (
    `  run ${run} ${name.padEnd(4)} ${server.padEnd(NAME_WIDTH - 2)} p50 ${fixed(o.latency.p50)} ms, ` +
    `p99 ${fixed(o.latency.p99)} ms, max ${fixed(o.latency.max)} ms; ${o.receipts} receipts, ` +
    `${o.missing} missing${o.unprepared > 0 ? ` (${o.unprepared} clients lacked the writers' paragraphs)` : ''}; ` +
    `server ${fixed(o.cpuPerUpdateUs, 1)} µs CPU/update ` +
    `(${fixed(100 * o.systemShare, 0)}% kernel), RSS ${fixed(o.idleRssMb, 0)} MB idle → ` +
    `peak ${fixed(o.peakRssMb, 0)} MB; drops ${o.drops}; per client ${fixed(o.framesPerClientSecond, 0)} ` +
    `frames/s, ${fixed(o.bytesPerClientSecond / 1024, 1)} KB/s; driver loop busy ` +
    `${fixed(100 * o.driverLoopBusy, 0)}%, send lag p99 ${fixed(o.sendLagP99, 1)} ms; ` +
    `slowest 1% sent in second ${tailText(o)} of the window; ` +
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

export function churnLine(run: number, server: string, o: ChurnOutcome, otherCores: number) {
  return (
    `  run ${run} W3   ${server.padEnd(NAME_WIDTH - 2)} ${o.documents} documents in ${fixed(o.wallMs / 1000, 1)} s; ` +
    `left ${o.left}${o.emptyAfterMs === null ? '' : ` (none after ${fixed(o.emptyAfterMs, 0)} ms)`}; ` +
    `RSS ${fixed(o.rssMb, 0)} MB (peak ${fixed(o.peakRssMb, 0)} MB); drops ${o.drops}; ` +
    `other processes ${fixed(otherCores)} cores`
  );
}

type Median = (pick: (o: TypingOutcome) => number) => number;

/** Columns of the W1/W1b tables: heading, width, and the cell from the median of a series' runs. */
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

export type PickTyping = (run: RunResult) => TypingOutcome | undefined;

function typingTable(results: Results, pick: PickTyping) {
  const header = TYPING_COLUMNS.map(({ heading, width }) => cell(heading, width)).join('');
  const lines = [`${'server · clients'.padEnd(NAME_WIDTH)}${header}   p99 of each run`];
  for (const [name, { runs }] of results) {
    const outcomes = runs.map(pick).filter((o): o is TypingOutcome => o !== undefined);
    if (outcomes.length === 0) continue;
    const m = (f: (o: TypingOutcome) => number) => medianOf(outcomes, f);
    const cells = TYPING_COLUMNS.map(({ width, value }) => cell(value(m), width)).join('');
    const eachP99 = outcomes.map((o) => fixed(o.latency.p99, 1)).join(' / ');
    lines.push(`${name.padEnd(NAME_WIDTH)}${cells}   ${eachP99}`);
  }
  return lines.join('\n');
}

export interface ReportShape {
  runs: number;
  w1: TypingLoad;
  w1b: TypingLoad;
  coldOpens: number;
  historyLength: number;
  churnDocuments: number;
  setups: readonly ClientSetup[];
  primarySetup: ClientSetup;
}

function coldOpenTable(cold: readonly ColdOpenOutcome[], shape: ReportShape): string[] {
  const m = (f: (o: ColdOpenOutcome) => number) => fixed(medianOf(cold, f));
  const rows = (f: (o: ColdOpenOutcome) => number) => fixed(medianOf(cold, f) / shape.coldOpens, 0);
  const row = (
    label: string,
    pass: (o: ColdOpenOutcome) => ColdOpenOutcome['log'],
    logRows: string,
  ) =>
    `${label.padEnd(34)}${cell(
      m((o) => pass(o).p50),
      8,
    )}${cell(
      m((o) => pass(o).p95),
      8,
    )}` +
    `${cell(
      m((o) => pass(o).max),
      8,
    )}${cell(logRows, 10)}`;
  return [
    `${'document'.padEnd(34)}${cell('p50', 8)}${cell('p95', 8)}${cell('max', 8)}${cell('log rows', 10)}`,
    row(
      'update log (not compacted)',
      (o) => o.log,
      rows((o) => o.logRowsBefore),
    ),
    row(
      'after first open/close',
      (o) => o.compacted,
      rows((o) => o.logRowsAfter),
    ),
  ];
}

function churnTable(results: Results): string[] {
  const lines = [
    `${'server · clients'.padEnd(NAME_WIDTH)}${cell('left', 6)}${cell('empty after', 13)}` +
      `${cell('RSS after', 11)}${cell('peak RSS', 10)}${cell('wall', 8)}${cell('drops', 7)}`,
  ];
  for (const [name, { runs }] of results) {
    const churns = runs.map((run) => run.w3).filter((o): o is ChurnOutcome => o !== undefined);
    if (churns.length === 0) continue;
    const m = (f: (o: ChurnOutcome) => number | null) => medianOf(churns, f);
    const emptied = churns.every((o) => o.emptyAfterMs !== null);
    lines.push(
      `${name.padEnd(NAME_WIDTH)}${cell(whole(m((o) => o.left)), 6)}` +
        `${cell(emptied ? `${whole(m((o) => o.emptyAfterMs))} ms` : 'never', 13)}` +
        `${cell(`${whole(m((o) => o.rssMb))} MB`, 11)}${cell(`${whole(m((o) => o.peakRssMb))} MB`, 10)}` +
        `${cell(`${tenths(m((o) => o.wallMs) / 1000)} s`, 8)}${cell(whole(m((o) => o.drops)), 7)}`,
    );
  }
  return lines;
}

export function printReport(results: Results, shape: ReportShape): void {
  const describe = (load: TypingLoad) =>
    `${load.clients} clients in one document, ${load.writers} typing at ` +
    `${load.updatesPerSecond} updates/s for ${load.durationMs / 1000} s`;
  console.log(
    `\nMedians of ${shape.runs} interleaved run(s). Latency: edit → receipt at every other client, ms. ` +
      'Rows: server · how its y-websocket clients were set up (stock or konsil, the same for ' +
      'every server of that set-up); Hocuspocus has its own provider.',
  );
  console.log(`\nW1: ${describe(shape.w1)}`);
  console.log(typingTable(results, (run) => run.w1));
  console.log(`\nW1b: ${describe(shape.w1b)}`);
  console.log(typingTable(results, (run) => run.w1b));

  const cold = [...results.values()]
    .filter(({ series }) => series.server === 'konsil')
    .flatMap(({ runs }) => runs.map((run) => run.w2))
    .filter((o): o is ColdOpenOutcome => o !== undefined);
  console.log(
    `\nW2: cold open, ${shape.coldOpens} cases with a ${shape.historyLength.toLocaleString('en-US')}-update ` +
      'history in the database (after 2 uncounted warm-up opens per pass); connect → first sync ' +
      'with all text there, ms. Konsil only: the reference servers keep no history in a database.',
  );
  for (const line of cold.length > 0 ? coldOpenTable(cold, shape) : ['  (not run)'])
    console.log(line);

  console.log(
    `\nW3: ${shape.churnDocuments} documents opened, edited once and closed, 4 at a time ` +
      '(@y/websocket-server with its LevelDB persistence on: YPERSISTENCE)',
  );
  for (const line of churnTable(results)) console.log(line);

  console.log(`\nload average at end: ${loadAverage()}`);
  printTargets(results, cold, shape);
}

/** Report of the cluster benchmark: one line per finished window, then tables and targets. */
import type { ColdOpenOutcome } from '../notes/coldOpen';
import { fixed, medianOf } from '../notes/medians';
import type { Summary } from '../stats';
import type { LiveLayoutOutcome, LiveSplitOutcome } from './liveSplit';
import type { SplitOutcome } from './notesSplit';

export const TARGET_CROSS_RATIO = 1.5;
export const TARGET_COLD_OPEN_P50_MS = 50;

const cell = (value: string, width: number) => value.padStart(width);
const verdict = (isMet: boolean | null) => (isMet === null ? 'n/a' : isMet ? 'PASS' : 'FAIL');
const known = (...values: number[]) => values.every((value) => Number.isFinite(value));
const latencyCells = (s: Summary) =>
  [s.p50, s.p95, s.p99, s.max].map((value) => cell(fixed(value), 8)).join('');

/** µs of an instance's CPU per update it delivered to its own clients. */
const perUpdateUs = (cpuMs: number, receipts: number) => (cpuMs * 1000) / Math.max(1, receipts);

function instanceCpuText(split: SplitOutcome): string {
  const { typing } = split;
  // One instance: the whole server side is that instance.
  const cpuMs = typing.byInstance?.cpuMs ?? [typing.serverCpuMs];
  const receipts = typing.byInstance?.receipts ?? [typing.receipts];
  const names = split.layout === 'single' ? ['S'] : ['A', 'B'];
  return names
    .map((name, index) => {
      const used = cpuMs[index] ?? Number.NaN;
      const delivered = receipts[index] ?? 0;
      return `${name} ${fixed(perUpdateUs(used, delivered), 1)} µs (${fixed(used, 0)} ms / ${delivered})`;
    })
    .join(', ');
}

export function splitLine(run: number, split: SplitOutcome): string {
  const { typing } = split;
  const crossing = typing.byInstance;
  return (
    `  run ${run} W1b ${split.layout.padEnd(6)} p50 ${fixed(typing.latency.p50)} ms, p99 ` +
    `${fixed(typing.latency.p99)} ms, max ${fixed(typing.latency.max)} ms` +
    `${split.layout === 'split' && crossing ? ` (crossed: p99 ${fixed(crossing.cross.p99)} ms; same instance: p99 ${fixed(crossing.same.p99)} ms)` : ''}; ` +
    `${typing.receipts} receipts, ${typing.missing} missing` +
    `${typing.unprepared > 0 ? ` (${typing.unprepared} clients lacked the writers' paragraphs)` : ''}, ` +
    `drops ${typing.drops}; per client ${fixed(typing.framesPerClientSecond, 0)} frames/s, ` +
    `${fixed(typing.bytesPerClientSecond / 1024, 1)} KB/s; slowest 1% sent in second ` +
    `${typing.tail.map((t) => `${t.second} (${fixed(100 * t.share, 0)}%)`).join(', ')}; ` +
    `CPU per delivered update ${instanceCpuText(split)}; Redis CPU ` +
    `${split.redisCpuMs === null ? '—' : `${fixed(split.redisCpuMs, 0)} ms`}; driver loop busy ` +
    `${fixed(100 * typing.driverLoopBusy, 0)}%; other processes ${fixed(typing.otherCores)} cores`
  );
}

function splitTable(runs: readonly SplitOutcome[]): string[] {
  const header =
    `${'layout'.padEnd(28)}${cell('receipts', 9)}${cell('missing', 8)}${cell('drops', 6)}` +
    `${['p50', 'p95', 'p99', 'max'].map((h) => cell(h, 8)).join('')}   p99 of each run`;
  const lines = [header];
  const row = (
    label: string,
    outcomes: readonly SplitOutcome[],
    pick: (o: SplitOutcome) => Summary,
    /** The whole run's losses, on the rows of all receipts. */
    showLosses: boolean,
  ) => {
    if (outcomes.length === 0) return;
    const m = (f: (s: Summary) => number) => medianOf(outcomes, (o) => f(pick(o)));
    const summary: Summary = {
      count: m((s) => s.count),
      p50: m((s) => s.p50),
      p95: m((s) => s.p95),
      p99: m((s) => s.p99),
      max: m((s) => s.max),
    };
    const losses = (f: (o: SplitOutcome) => number) =>
      showLosses ? fixed(medianOf(outcomes, f), 0) : '';
    lines.push(
      `${label.padEnd(28)}${cell(fixed(summary.count, 0), 9)}` +
        `${cell(
          losses((o) => o.typing.missing),
          8,
        )}${cell(
          losses((o) => o.typing.drops),
          6,
        )}` +
        `${latencyCells(summary)}   ${outcomes.map((o) => fixed(pick(o).p99, 1)).join(' / ')}`,
    );
  };
  const single = runs.filter((o) => o.layout === 'single');
  const split = runs.filter((o) => o.layout === 'split');
  row('one instance (S)', single, (o) => o.typing.latency, true);
  row('two instances (A+B), all', split, (o) => o.typing.latency, true);
  row('  crossed A↔B', split, (o) => o.typing.byInstance?.cross ?? o.typing.latency, false);
  row('  same instance', split, (o) => o.typing.byInstance?.same ?? o.typing.latency, false);
  for (const [label, outcomes] of [
    ['one instance', single],
    ['two instances', split],
  ] as const) {
    if (outcomes.length === 0) continue;
    lines.push(
      `  CPU per delivered update, ${label}, each run: ${outcomes.map(instanceCpuText).join(' | ')}`,
    );
  }
  return lines;
}

function liveRows(label: string, layout: LiveLayoutOutcome): string[] {
  const { advance } = layout;
  const rows = [
    `${label.padEnd(28)}${cell(String(advance.latencies.count), 7)}${latencyCells(advance.latencies)}` +
      `${cell(fixed(advance.acks.p50), 9)}${cell(String(advance.missing), 8)}${cell(String(layout.drops), 6)}`,
  ];
  if (layout.instances.length > 1) {
    advance.perWorker.forEach((worker, index) => {
      const name = layout.instances[index % layout.instances.length]?.name ?? '?';
      const what = index === 0 ? 'with the chair' : 'crossed';
      rows.push(
        `${`  on ${name} (${what})`.padEnd(28)}${cell(String(worker.latencies.count), 7)}` +
          `${latencyCells(worker.latencies)}${cell('', 9)}${cell(String(worker.missing), 8)}`,
      );
    });
  }
  return rows;
}

function liveCpuLine(label: string, layout: LiveLayoutOutcome, advances: number): string {
  return `  ${label}: ${layout.instances
    .map(
      (instance) =>
        `${instance.name} ${fixed(instance.cpuMs / advances, 2)} ms per advance, ` +
        `${fixed(perUpdateUs(instance.cpuMs, instance.receipts), 1)} µs per delivered update ` +
        `(${instance.receipts} receipts)`,
    )
    .join('; ')}`;
}

export interface ClusterResults {
  splits: SplitOutcome[];
  live: (LiveSplitOutcome & { otherCores: number }) | null;
  cold: (ColdOpenOutcome & { otherCores: number }) | null;
  advances: number;
}

export function printClusterReport(results: ClusterResults): void {
  if (results.splits.length > 0) {
    console.log(
      '\nW1b across instances: 200 clients in one document, 20 typing at 5 updates/s; edit → receipt ' +
        'at every other client, ms, medians of the runs. Crossed: writer and receiver on different ' +
        'instances. CPU per delivered update: the instance’s CPU over the window ÷ the receipts of ' +
        'its own clients (ms / receipts).',
    );
    for (const line of splitTable(results.splits)) console.log(line);
  }
  if (results.live) {
    console.log(
      `\nLive advance across instances: ${results.advances} session:setCase each (after warm-up), ` +
        'one instance and two taking turns; command → session:state at each of 200 participants, ms.',
    );
    console.log(
      `${'layout'.padEnd(28)}${cell('n', 7)}${['p50', 'p95', 'p99', 'max'].map((h) => cell(h, 8)).join('')}` +
        `${cell('ack p50', 9)}${cell('missing', 8)}${cell('drops', 6)}`,
    );
    for (const line of liveRows('one instance (S)', results.live.single)) console.log(line);
    for (const line of liveRows('two instances (A+B)', results.live.split)) console.log(line);
    console.log(liveCpuLine('one instance', results.live.single, results.advances));
    console.log(liveCpuLine('two instances', results.live.split, results.advances));
    console.log(`  other processes ${fixed(results.live.otherCores)} cores over the phase`);
  }
  if (results.cold) {
    const { cold } = results;
    console.log(
      '\nW2 on PostgreSQL: cold open of cases with a 10,000-update log, connect → first sync with ' +
        'all text there, ms (one cluster instance):',
    );
    console.log(
      `${'document'.padEnd(28)}${['p50', 'p95', 'p99', 'max'].map((h) => cell(h, 8)).join('')}`,
    );
    console.log(`${'update log (not compacted)'.padEnd(28)}${latencyCells(cold.log)}`);
    console.log(`${'after first open/close'.padEnd(28)}${latencyCells(cold.compacted)}`);
    console.log(
      `  log rows ${cold.logRowsBefore} → ${cold.logRowsAfter} after the first opens; opens that ` +
        `waited out the unload: ${cold.warmOpens}; other processes ${fixed(cold.otherCores)} cores`,
    );
  }
  printClusterTargets(results);
}

type Row = [label: string, value: string, isMet: boolean | null];

function crossRow(label: string, cross: number, single: number, losses: number): Row {
  const limit = TARGET_CROSS_RATIO * single;
  return [
    label,
    `${fixed(cross)} ms vs ${fixed(limit)} ms (${fixed(cross / single)}× of ${fixed(single)} ms)` +
      `${losses > 0 ? `; ${losses} receipts missing or connections dropped` : ''}`,
    known(cross, single) ? cross <= limit && losses === 0 : null,
  ];
}

function printClusterTargets({ splits, live, cold }: ClusterResults): void {
  const rows: Row[] = [];
  if (splits.length > 0) {
    const single = splits.filter((o) => o.layout === 'single');
    const split = splits.filter((o) => o.layout === 'split');
    const losses = splits.reduce((sum, o) => sum + o.typing.missing + o.typing.drops, 0);
    rows.push(
      crossRow(
        `W1b crossed p99 ≤ ${TARGET_CROSS_RATIO} × one instance's p99`,
        medianOf(split, (o) => o.typing.byInstance?.cross.p99),
        medianOf(single, (o) => o.typing.latency.p99),
        losses,
      ),
    );
  }
  if (live) {
    const crossed = live.split.advance.perWorker[1]?.latencies.p99 ?? Number.NaN;
    const losses =
      live.single.advance.missing +
      live.split.advance.missing +
      live.single.drops +
      live.split.drops;
    rows.push(
      crossRow(
        `live advance crossed p99 ≤ ${TARGET_CROSS_RATIO} × one instance's p99`,
        crossed,
        live.single.advance.latencies.p99,
        losses,
      ),
    );
  }
  if (cold) {
    for (const [label, summary] of [
      ['update log', cold.log],
      ['after compaction', cold.compacted],
    ] as const) {
      rows.push([
        `W2 on PostgreSQL: cold open p50 < ${TARGET_COLD_OPEN_P50_MS} ms, ${label}`,
        `${fixed(summary.p50)} ms`,
        known(summary.p50) ? summary.p50 < TARGET_COLD_OPEN_P50_MS : null,
      ]);
    }
  }
  console.log('\nTargets (any missing receipt or dropped connection fails its target):');
  for (const [label, value, isMet] of rows) {
    console.log(`  ${verdict(isMet).padEnd(5)} ${label.padEnd(62)} ${value}`);
  }
}

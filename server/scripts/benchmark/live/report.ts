/** Report of the live-board benchmark: tables, CPU and memory lines, targets. */
import os from 'node:os';
import { LIMITS } from '@konsil/shared';
import { ADVANCE_SPACING_MS, ADVANCES, type AdvanceOutcome, WARM_UP_ADVANCES } from './advance';
import type { CpuUsage, PhaseUsage } from './meter';
import { STORM_SPREAD_MS, type StormOutcome } from './storm';

const TARGET_FLOOR_RATIO = 1.5;
const TARGET_STORM_MS = 2_000;
/** Bytes per client against N on a log-log scale: 1 is linear, 2 quadratic. */
const TARGET_GROWTH_EXPONENT = 1.1;

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

export const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

export interface LiveReport {
  konsil: AdvanceOutcome;
  bare: AdvanceOutcome;
  /** Both servers' advances together. */
  advanceUsage: PhaseUsage;
  /** Bytes of one Konsil session:state frame. */
  stateFrame: number;
  /** Bytes of one floor broadcast frame. */
  floorFrameBytes: number;
  /** Participants on the big board, each timed on every advance. */
  participants: number;
  storms: StormOutcome[];
}

/** Prints the advance and storm tables, then whether each target was met. */
export function printReport({
  konsil,
  bare,
  advanceUsage,
  stateFrame,
  floorFrameBytes,
  participants,
  storms,
}: LiveReport): void {
  console.log(
    `\n1+3. Advance: ${ADVANCES} advances each (after ${WARM_UP_ADVANCES} warm-up), Konsil and ` +
      `the floor taking turns; one chair each, its commands ≥ ${ADVANCE_SPACING_MS} ms apart ` +
      `(most in any 10 s: ${konsil.mostInWindow}; limit ${LIMITS.realtime.commandsPerWindow}), ` +
      `each sent once everyone had the previous snapshot. ` +
      `Command sent → snapshot received, each of ${participants} participants, ms:`,
  );
  console.log(ADVANCE_HEADER);
  console.log(advanceRow(`Konsil session:setCase (${stateFrame} B)`, konsil));
  console.log(advanceRow(`floor bare Socket.IO (${floorFrameBytes} B)`, bare));
  console.log(cpuLine('Konsil', konsil.cpu, ADVANCES, 'advance'));
  console.log(cpuLine('floor', bare.cpu, ADVANCES, 'advance'));
  console.log(phaseLine('both', advanceUsage));

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

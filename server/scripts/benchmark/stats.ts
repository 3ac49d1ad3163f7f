/** Latency summaries for the benchmark report (milliseconds, nearest-rank percentiles). */
export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

const ms = (value: number) => value.toFixed(2).padStart(7);

/** One aligned table row: label, client round trip, server time, throughput. */
export function formatRow(label: string, client: Summary, server: Summary, perSecond: number) {
  const cells = (summary: Summary) =>
    [summary.p50, summary.p95, summary.p99, summary.max].map(ms).join(' ');
  return `${label.padEnd(26)} ${String(client.count).padStart(4)}  ${cells(client)}   ${cells(server)}  ${perSecond.toFixed(0).padStart(6)}`;
}

export const TABLE_HEADER =
  `${'database / phase'.padEnd(26)} ${'n'.padStart(4)}  ` +
  `${'round trip (client), ms'.padEnd(31)}   ${'server (request → finish), ms'.padEnd(31)}  ${'req/s'.padStart(6)}\n` +
  `${''.padEnd(26)} ${''.padStart(4)}  ` +
  `${['p50', 'p95', 'p99', 'max'].map((h) => h.padStart(7)).join(' ')}   ` +
  `${['p50', 'p95', 'p99', 'max'].map((h) => h.padStart(7)).join(' ')}`;

/**
 * Join-storm phase of the live-board benchmark: N fresh sockets connect and
 * join the big board at once; how fast every presence list completes, and in
 * how many bytes.
 */
import { type Summary, summarize } from '../stats';
import { type ClientPool, nowMs, type StormClientResult } from './clientPool';
import type { LiveUser } from './liveSeed';
import { type PhaseUsage, startMeter } from './meter';

export const STORM_SIZES = [50, 100, 200] as const;
/** Storm clients start evenly spread over this window: connect, then join. */
export const STORM_SPREAD_MS = 1_000;
const STORM_TIMEOUT_MS = 20_000;
const STORM_LEAD_MS = 100;

export interface StormOutcome {
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

export async function runStorm(
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

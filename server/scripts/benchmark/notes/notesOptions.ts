/** Command-line options of the notes benchmark (see notesBench.ts for the list). */
import { parseArgs } from 'node:util';
import {
  AWARENESS_MODES,
  CLIENT_SETUPS,
  type ClientSetup,
  SERVER_NAMES,
  type ServerName,
} from './noteClients';
import type { TypingLoad } from './typingLoad';

export const WORKLOADS = ['w1', 'w1b', 'w2', 'w3'] as const;
export type Workload = (typeof WORKLOADS)[number];

function list<T extends string>(given: string | undefined, all: readonly T[], what: string): T[] {
  if (!given) return [...all];
  const picked = given.split(',').map((item) => item.trim());
  const known = new Set<string>(all);
  const unknown = picked.filter((item) => !known.has(item));
  if (unknown.length > 0)
    throw new Error(`Unknown ${what}: ${unknown.join(', ')} (know ${all.join(', ')})`);
  return all.filter((item) => picked.includes(item));
}

function pick<T extends string>(given: string | undefined, all: readonly T[], what: string): T {
  const found = all.find((item) => item === given);
  if (!found) throw new Error(`Unknown ${what}: ${given} (know ${all.join(', ')})`);
  return found;
}

export function readOptions() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      servers: { type: 'string' },
      workloads: { type: 'string' },
      clients: { type: 'string' },
      profile: { type: 'boolean', default: false },
      awareness: { type: 'string', default: 'empty' },
    },
  });
  const quick = values.quick ?? false;
  const runs = Number(values.runs ?? (quick ? 1 : 3));
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  const durationMs = quick ? 5_000 : 20_000;
  const setups = list(values.clients, CLIENT_SETUPS, 'client set-up');
  return {
    quick,
    runs,
    servers: list(values.servers, SERVER_NAMES, 'server'),
    workloads: list(values.workloads, WORKLOADS, 'workload'),
    /** Every y-websocket server of a W1/W1b comparison runs with each of these. */
    setups,
    /**
     * The set-up of W2 and W3 (a single client at a time, so awareness echoes
     * play no part) and of the pass Hocuspocus runs in: Konsil's when chosen,
     * since Hocuspocus's own provider likewise sends only its own state.
     */
    primarySetup: (setups.includes('konsil') ? 'konsil' : setups[0]) ?? 'konsil',
    profile: values.profile ?? false,
    awareness: pick(values.awareness, AWARENESS_MODES, 'awareness mode'),
    w1: { clients: 50, writers: 5, updatesPerSecond: 10, durationMs } satisfies TypingLoad,
    w1b: { clients: 200, writers: 20, updatesPerSecond: 5, durationMs } satisfies TypingLoad,
    coldOpens: quick ? 5 : 20,
    churnDocuments: quick ? 200 : 1_000,
  };
}
export type Options = ReturnType<typeof readOptions>;

/** One line of the results: a server driven by one client set-up. */
export interface Series {
  server: ServerName;
  /** null for Hocuspocus, which always runs with its own provider. */
  setup: ClientSetup | null;
}

export const seriesName = ({ server, setup }: Series) =>
  setup === null ? server : `${server} · ${setup}`;

/**
 * Who runs `workload` in one run, in order: for W1 and W1b every y-websocket
 * server once with each client set-up (the servers of one set-up next to each
 * other, so they see the same moment of the machine) and Hocuspocus in the
 * primary set-up's pass; W2 Konsil alone; W3 every server once.
 */
export function seriesOf(
  workload: Workload,
  order: readonly ServerName[],
  setups: readonly ClientSetup[],
  primary: ClientSetup,
): Series[] {
  const ofSetup = (setup: ClientSetup) =>
    order.map((server) => ({ server, setup: server === 'hocuspocus' ? null : setup }));
  if (workload === 'w2')
    return order.includes('konsil') ? [{ server: 'konsil', setup: primary }] : [];
  if (workload === 'w3') return ofSetup(primary);
  return setups.flatMap((setup) =>
    ofSetup(setup).filter((series) => series.setup !== null || setup === primary),
  );
}

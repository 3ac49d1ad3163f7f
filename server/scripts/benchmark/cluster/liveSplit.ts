/**
 * The live benchmark's advance (phase 1) across instances: a chair moves a
 * board of 200 participants on with `session:setCase`, once on a cluster of
 * one instance (everyone on it) and once on a cluster of two (the chair and
 * half the participants on A, the other half on B), the two taking turns
 * advance by advance so both see the same moments of the machine. Client
 * worker 0 holds the sockets on A, worker 1 those on B, so worker 1's
 * receipts are the ones that crossed between instances.
 */
import type { SessionState } from '@konsil/shared';
import { type AckReply, type AdvanceOutcome, runInterleaved } from '../live/advance';
import type { ClientPool, SendResult } from '../live/clientPool';
import { type LiveUser, seedLive, signInAll } from '../live/liveSeed';
import type { Instance, KonsilCluster } from './konsilCluster';

const PARTICIPANTS = 200;

export interface InstanceCpu {
  name: string;
  /** CPU over the measured advances (command → last receipt), ms. */
  cpuMs: number;
  /** Receipts delivered by this instance's sockets over those advances. */
  receipts: number;
}

export interface LiveLayoutOutcome {
  advance: AdvanceOutcome;
  instances: InstanceCpu[];
  /** Sockets of this layout the server disconnected (set-up and advances). */
  drops: number;
}

export interface LiveSplitOutcome {
  single: LiveLayoutOutcome;
  split: LiveLayoutOutcome;
  /** Both layouts' advances, wall time, ms. */
  wallMs: number;
}

/** CPU of some instances summed over windows. */
function cpuWindows(instances: readonly Instance[]) {
  const totals = instances.map(() => 0);
  let started: number[] = [];
  return {
    totals,
    begin() {
      started = instances.map((instance) => instance.cpuMs());
    },
    end() {
      instances.forEach((instance, index) => {
        totals[index] = (totals[index] ?? 0) + instance.cpuMs() - (started[index] ?? 0);
      });
    },
  };
}

export interface LiveLayout {
  name: 'single' | 'split';
  cluster: KonsilCluster;
  /** Worker w's sockets connect to instances[w % instances.length]. */
  instances: Instance[];
}

/** Seeds the board, signs everyone in, opens and joins their sockets; the chair starts the board. */
async function prepare(pool: ClientPool, layout: LiveLayout) {
  const seed = await seedLive(layout.cluster.db, {
    bigSize: PARTICIPANTS,
    idleCount: 0,
    idleSize: 0,
  });
  const entry = layout.instances[0];
  if (!entry) throw new Error(`${layout.name} has no instance`);
  // Sessions live in the database: one sign-in serves every instance.
  const cookies = await signInAll(entry.baseUrl, seed.big.users);
  const cookieOf = (user: LiveUser) => cookies.get(user.email) ?? '';
  const hands = pool.deal(
    seed.big.users.map((user, index) => ({
      key: `${layout.name}.${index}`,
      cookie: cookieOf(user),
    })),
  );
  const instanceOf = (worker: number) =>
    layout.instances[worker % layout.instances.length] ?? entry;
  await Promise.all(
    pool.workers.map((worker, index) => {
      const { baseUrl } = instanceOf(index);
      return worker.call('open', { url: baseUrl, origin: baseUrl, clients: hands[index] ?? [] });
    }),
  );
  const chair = { worker: pool.workerFor(0), key: `${layout.name}.0` };
  await chair.worker.call('join', { boardId: seed.big.id, keys: [chair.key] });
  const started = await chair.worker.call<SendResult<AckReply>>('send', {
    key: chair.key,
    event: 'board:start',
    payload: { boardId: seed.big.id, confirmEarly: true },
  });
  if (!started.reply.ok) throw new Error(`board:start was refused: ${started.reply.error.id}`);
  const startState = started.reply.data as SessionState;
  const watchKeys = hands.map((hand) => hand.map((client) => client.key));
  await Promise.all(
    pool.workers.map((worker, index) => {
      const keys = (watchKeys[index] ?? []).filter((key) => key !== chair.key);
      return worker.call('join', { boardId: seed.big.id, keys });
    }),
  );
  let currentCaseId = startState.currentCaseId;
  const caseIds = seed.big.caseIds;
  const window = cpuWindows(layout.instances);
  const spec = {
    name: layout.name,
    chair,
    watchKeys,
    broadcast: 'session:state',
    boardId: seed.big.id,
    startVersion: startState.version,
    window,
    command: () => {
      const next = caseIds[(caseIds.indexOf(currentCaseId ?? '') + 1) % caseIds.length] ?? null;
      currentCaseId = next;
      return { event: 'session:setCase', payload: { boardId: seed.big.id, caseId: next } };
    },
  };
  return { spec, window, watchKeys };
}

export async function runLiveSplit(
  pool: ClientPool,
  single: LiveLayout,
  split: LiveLayout,
): Promise<LiveSplitOutcome> {
  const layouts = [single, split];
  const setupStart = performance.now();
  const prepared = [];
  for (const layout of layouts) prepared.push(await prepare(pool, layout));
  console.log(
    `  setup ${((performance.now() - setupStart) / 1000).toFixed(1)} s: ${layouts.length} boards × ` +
      `${PARTICIPANTS} participants signed in, connected and joined; board started`,
  );
  const started = performance.now();
  const { outcomes } = await runInterleaved(
    pool,
    prepared.map((item) => item.spec),
  );
  const wallMs = performance.now() - started;
  const dropped = await droppedKeys(pool);
  const dropsOf = (layout: LiveLayout) =>
    dropped.filter((key) => key.startsWith(`${layout.name}.`)).length;
  const [singleAdvance, splitAdvance] = outcomes;
  const [singlePrepared, splitPrepared] = prepared;
  if (!singleAdvance || !splitAdvance || !singlePrepared || !splitPrepared)
    throw new Error('The advance phase returned no outcome');
  const perInstance = (layout: LiveLayout, advance: AdvanceOutcome, totals: number[]) =>
    layout.instances.map((instance, index) => ({
      name: instance.name,
      cpuMs: totals[index] ?? 0,
      // Worker w's sockets are on instance w mod n.
      receipts: advance.perWorker
        .filter((_worker, worker) => worker % layout.instances.length === index)
        .reduce((sum, worker) => sum + worker.latencies.count, 0),
    }));
  return {
    single: {
      advance: singleAdvance,
      instances: perInstance(single, singleAdvance, singlePrepared.window.totals),
      drops: dropsOf(single),
    },
    split: {
      advance: splitAdvance,
      instances: perInstance(split, splitAdvance, splitPrepared.window.totals),
      drops: dropsOf(split),
    },
    wallMs,
  };
}

/** Keys of the sockets the servers disconnected, over every worker (none is reconnected). */
async function droppedKeys(pool: ClientPool): Promise<string[]> {
  const answers = await Promise.all(
    pool.workers.map((worker) => worker.call<{ dropped: string[] }>('drops', {})),
  );
  return answers.flatMap((answer) => answer.dropped);
}

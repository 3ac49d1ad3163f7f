/**
 * Benchmark of the live-board protocol on the real app over loopback: how
 * fast a case advance reaches 200 participants, how a join storm settles and
 * what it costs in bytes, against the floor of bare Socket.IO on the same
 * machine. A report, not a test: see BENCHMARKS.md → "Live board".
 *
 *   cd server && node --import tsx scripts/benchmark/live/liveBoard.ts
 */
import os from 'node:os';
import type { SessionState } from '@konsil/shared';
import { startApp } from '../benchApp';
import { openBenchDatabase } from '../benchDatabase';
import { runToEnd } from '../runToEnd';
import { type AckReply, runInterleaved } from './advance';
import { ClientPool, nowMs, type SendResult, sleep } from './clientPool';
import { FLOOR_BROADCAST, FLOOR_COMMAND, startFloorServer } from './floorServer';
import { type LiveSeed, type LiveUser, seedLive, signInAll } from './liveSeed';
import { loadAverage, printReport } from './report';
import { runStorm, STORM_SIZES, type StormOutcome } from './storm';

const BIG_BOARD_SIZE = 200;
const IDLE_BOARDS = 19;
const IDLE_BOARD_SIZE = 10;
const CLIENT_WORKERS = 2;
const FLOOR_PAYLOAD_BYTES = 2_048;

/** Give up on a run that hangs rather than wait forever. */
const RUN_DEADLINE_MS = 15 * 60_000;

/** Everything still to be torn down, newest first; also run on Ctrl-C. */
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));
}

const frameBytes = (event: string, payload: unknown) =>
  Buffer.byteLength(`42${JSON.stringify([event, payload])}`);

async function openAndJoinBoards(
  pool: ClientPool,
  baseUrl: string,
  seed: LiveSeed,
  cookieOf: (user: LiveUser) => string,
) {
  const bigClients = seed.big.users.map((user, index) => ({
    key: `big.${index}`,
    cookie: cookieOf(user),
  }));
  const idleClients = seed.idle.flatMap((board, boardIndex) =>
    board.users.map((user, index) => ({
      key: `idle.${boardIndex}.${index}`,
      cookie: cookieOf(user),
      boardId: board.id,
    })),
  );
  const bigHands = pool.deal(bigClients);
  const idleHands = pool.deal(idleClients);
  await Promise.all(
    pool.workers.map((worker, index) =>
      worker.call('open', {
        url: baseUrl,
        origin: baseUrl,
        clients: [...(bigHands[index] ?? []), ...(idleHands[index] ?? [])].map(
          ({ key, cookie }) => ({ key, cookie }),
        ),
      }),
    ),
  );
  await Promise.all(
    pool.workers.map(async (worker, index) => {
      for (const board of seed.idle) {
        const keys = (idleHands[index] ?? [])
          .filter((client) => client.boardId === board.id)
          .map((client) => client.key);
        if (keys.length > 0) await worker.call('join', { boardId: board.id, keys });
      }
    }),
  );
  return { bigHands: bigHands.map((hand) => hand.map((client) => client.key)) };
}

async function main() {
  const cpus = os.cpus();
  console.log('Konsil benchmark — live board (Socket.IO), real app on loopback, SQLite');
  console.log(`node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}`);
  console.log(`load average at start: ${loadAverage()}`);

  // Setup: database, users, boards, app, sign-ins, sockets.
  const setupStart = nowMs();
  const database = await openBenchDatabase('sqlite');
  cleanups.push(database.dispose);
  const seed = await seedLive(database.db, {
    bigSize: BIG_BOARD_SIZE,
    idleCount: IDLE_BOARDS,
    idleSize: IDLE_BOARD_SIZE,
  });
  const { app, baseUrl } = await startApp(database.db);
  cleanups.push(() => app.close());
  const everyone = [...seed.big.users, ...seed.idle.flatMap((board) => board.users)];
  const cookies = await signInAll(baseUrl, everyone);
  const cookieOf = (user: LiveUser) => {
    const cookie = cookies.get(user.email);
    if (!cookie) throw new Error(`${user.email} has no session`);
    return cookie;
  };
  const pool = new ClientPool(CLIENT_WORKERS);
  cleanups.push(() => pool.stop());
  const { bigHands } = await openAndJoinBoards(pool, baseUrl, seed, cookieOf);

  // The chair (a coordinator, big.0 in worker 0) joins and starts the board, then everyone joins.
  const chairWorker = pool.workerFor(0);
  const chair = { worker: chairWorker, key: 'big.0' };
  await chairWorker.call('join', { boardId: seed.big.id, keys: [chair.key] });
  const started = await chairWorker.call<SendResult<AckReply>>('send', {
    key: chair.key,
    event: 'board:start',
    payload: { boardId: seed.big.id, confirmEarly: true },
  });
  if (!started.reply.ok) throw new Error(`board:start was refused: ${started.reply.error.id}`);
  const startState = started.reply.data as SessionState;
  const joins = await Promise.all(
    pool.workers.map((worker, index) => {
      const keys = (bigHands[index] ?? []).filter((key) => key !== chair.key);
      return worker.call<{ presence: number }>('join', { boardId: seed.big.id, keys });
    }),
  );
  const present = Math.max(...joins.map((join) => join.presence));
  console.log(
    `setup ${((nowMs() - setupStart) / 1000).toFixed(1)} s: ${everyone.length} users signed in ` +
      `over HTTP; ${IDLE_BOARDS} idle boards × ${IDLE_BOARD_SIZE} joined; ` +
      `big board ${present}/${BIG_BOARD_SIZE} present, live; ` +
      `${everyone.length} sockets in ${CLIENT_WORKERS} worker threads`,
  );

  // 3. The floor: bare Socket.IO, 200 sockets in a room.
  const floor = await startFloorServer(FLOOR_PAYLOAD_BYTES);
  cleanups.push(floor.close);
  const floorHands = pool.deal(
    Array.from({ length: BIG_BOARD_SIZE }, (_unused, index) => `floor.${index}`),
  );
  await Promise.all(
    pool.workers.map((worker, index) => {
      const clients = (floorHands[index] ?? []).map((key) => ({ key, cookie: null }));
      return worker.call('open', { url: floor.url, origin: floor.url, clients });
    }),
  );

  // 1 and 3. Advances on Konsil and on the floor, taking turns.
  let currentCaseId = startState.currentCaseId;
  const caseIds = seed.big.caseIds;
  const advance = await runInterleaved(pool, [
    {
      name: 'konsil',
      chair,
      watchKeys: bigHands,
      broadcast: 'session:state',
      boardId: seed.big.id,
      startVersion: startState.version,
      command: () => {
        const next = caseIds[(caseIds.indexOf(currentCaseId ?? '') + 1) % caseIds.length] ?? null;
        currentCaseId = next;
        return { event: 'session:setCase', payload: { boardId: seed.big.id, caseId: next } };
      },
    },
    {
      name: 'floor',
      chair: { worker: pool.workerFor(0), key: 'floor.0' },
      watchKeys: floorHands,
      broadcast: FLOOR_BROADCAST,
      boardId: null,
      startVersion: 0,
      command: () => ({ event: FLOOR_COMMAND, payload: {} }),
    },
  ]);
  const [konsil, bare] = advance.outcomes;
  if (!konsil || !bare) throw new Error('The advance phase returned no outcome');
  const stateFrame = frameBytes('session:state', konsil.lastReply.ok ? konsil.lastReply.data : {});
  await Promise.all(
    pool.workers.map((worker, index) => worker.call('close', { keys: floorHands[index] ?? [] })),
  );
  await floor.close();

  // Everyone leaves the big board (at once, not after the reconnect grace) for the storms.
  await Promise.all(
    pool.workers.map(async (worker, index) => {
      const keys = bigHands[index] ?? [];
      await worker.call('leave', { boardId: seed.big.id, keys });
      await worker.call('close', { keys });
    }),
  );

  // 2. Join storms, the idle boards still connected.
  const storms: StormOutcome[] = [];
  for (const n of STORM_SIZES) {
    await sleep(500);
    storms.push(await runStorm(pool, baseUrl, seed.big.id, seed.big.users.slice(0, n), cookieOf));
  }

  printReport({
    konsil,
    bare,
    advanceUsage: advance.usage,
    stateFrame,
    floorFrameBytes: floor.frameBytes,
    participants: BIG_BOARD_SIZE,
    storms,
  });
}

await runToEnd(main, cleanUp, RUN_DEADLINE_MS);

/**
 * Socket.IO clients of the live-board benchmark, in a worker thread of their
 * own so they do not share the event loop with the server they measure.
 * Plain JavaScript: worker threads do not inherit the tsx loader.
 *
 * The parent sends { id, op, args } and gets { id, result } or { id, error };
 * while a watch is on, the worker also posts { event: 'received', name,
 * version, cpuMs } once every socket of that watch has received that version
 * (cpuMs: this thread's CPU time so far). Times are
 * process.hrtime in ms: the same monotonic clock in every thread of the process.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { io } from 'socket.io-client';

const ACK_TIMEOUT_MS = 15_000;
const CONNECT_TIMEOUT_MS = 15_000;
/** Sockets opened (or commands sent) at once while setting up. */
const SETUP_CONCURRENCY = 25;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** key → socket */
const sockets = new Map();
/** Keys of sockets the server (or the network) disconnected; they are never reconnected. */
const dropped = [];

function socketOf(key) {
  const socket = sockets.get(key);
  if (!socket) throw new Error(`No socket ${key}`);
  return socket;
}

/** Runs `work` over `items` with at most `limit` in flight (bounded: one pass over the list). */
async function eachLimited(items, limit, work) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

function createSocket(key, url, origin, cookie) {
  const extraHeaders = { origin };
  if (cookie) extraHeaders.cookie = cookie;
  const socket = io(url, {
    transports: ['websocket'],
    extraHeaders,
    reconnection: false,
    forceNew: true,
    timeout: CONNECT_TIMEOUT_MS,
  });
  socket.on('disconnect', (reason) => {
    if (reason !== 'io client disconnect') dropped.push(key);
  });
  return socket;
}

function connected(socket) {
  return new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', (error) => reject(new Error(`connect_error: ${error.message}`)));
  });
}

async function command(socket, event, payload) {
  const reply = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload);
  if (reply && reply.ok === false) throw new Error(`${event} refused: ${reply.error?.id}`);
  return reply;
}

/** Thread CPU time in ms (Linux schedstat: ns on CPU), or null elsewhere. */
function threadCpuMs() {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

// ---- watches: receipt time of each version on each watched socket -------------------------

/** name → { event, receipts: version → ms[], handlers } */
const watches = new Map();

function startWatch({ name, keys, event, boardId }) {
  if (watches.has(name)) throw new Error(`A watch ${name} is already running`);
  const receipts = new Map();
  const handlers = [];
  for (const key of keys) {
    const socket = socketOf(key);
    const handler = (payload) => {
      const at = now();
      if (boardId && payload.boardId !== boardId) return;
      let times = receipts.get(payload.version);
      if (!times) {
        times = [];
        receipts.set(payload.version, times);
      }
      times.push(at);
      if (times.length === keys.length) {
        const cpuMs = threadCpuMs();
        parentPort.postMessage({ event: 'received', name, version: payload.version, cpuMs });
      }
    };
    socket.on(event, handler);
    handlers.push([socket, handler]);
  }
  watches.set(name, { event, receipts, handlers });
  return { watching: keys.length };
}

function stopWatch({ name }) {
  const watch = watches.get(name);
  if (!watch) return { receipts: [] };
  for (const [socket, handler] of watch.handlers) socket.off(watch.event, handler);
  watches.delete(name);
  return { receipts: [...watch.receipts.entries()] };
}

// ---- join storm: fresh sockets that connect, join and follow presence -----------------------

/** The kind of one engine.io packet, for the byte count. */
function kindOf(packet) {
  if (packet.type !== 'message') return packet.type === 'open' ? 'handshake' : 'other';
  const data = typeof packet.data === 'string' ? packet.data : '';
  if (data.startsWith('0')) return 'handshake';
  if (data.startsWith('3')) return 'ack';
  if (data.startsWith('2["presence:')) return 'presence';
  return 'other';
}

/**
 * Bytes of one packet on the wire: the WebSocket frame (2, 4 or 10 bytes of
 * header, unmasked from the server) around the engine.io type character and payload.
 */
function packetBytes(packet) {
  const data = packet.data;
  const payload =
    1 +
    (data === undefined ? 0 : typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength);
  return payload + (payload < 126 ? 2 : payload < 65_536 ? 4 : 10);
}

function stormClient({ url, origin, boardId, expectedUserIds, t0 }, { key, cookie, offsetMs }) {
  const expected = new Set(expectedUserIds);
  const result = {
    key,
    startedAt: 0,
    connectedAt: null,
    ackAt: null,
    completedAt: null,
    version: null,
    size: 0,
    gaps: 0,
    stale: 0,
    bytes: { handshake: 0, ack: 0, presence: 0, other: 0 },
    error: null,
  };
  let list = null; // userId → entry, once the join ack (or a resync) arrived
  let early = []; // deltas that came before the list they follow
  let finish;
  const done = new Promise((resolve) => {
    finish = resolve;
  });

  const complete = () => {
    if (result.completedAt !== null || !list) return;
    for (const userId of expected) if (!list.has(userId)) return;
    result.completedAt = now();
    result.size = list.size;
    finish();
  };

  const adopt = (presence) => {
    list = new Map(presence.entries.map((entry) => [entry.userId, entry]));
    result.version = presence.version;
    const buffered = early.sort((a, b) => a[1].version - b[1].version);
    early = [];
    for (const [kind, payload] of buffered) apply(kind, payload);
    complete();
  };

  const resync = (socket) => {
    list = null;
    command(socket, 'presence:sync', { boardId })
      .then((reply) => adopt(reply.data))
      .catch((error) => {
        result.error = error.message;
        finish();
      });
  };

  function apply(kind, payload) {
    if (payload.boardId !== boardId) return;
    if (!list) {
      early.push([kind, payload]);
      return;
    }
    if (payload.version <= result.version) {
      result.stale += 1;
      return;
    }
    if (payload.version !== result.version + 1) {
      result.gaps += 1;
      resync(sockets.get(key));
      return;
    }
    result.version = payload.version;
    if (kind === 'left') list.delete(payload.userId);
    else list.set(payload.entry.userId, payload.entry);
    result.size = list.size;
    complete();
  }

  const run = (async () => {
    await sleep(t0 + offsetMs - now());
    result.startedAt = now();
    const socket = createSocket(key, url, origin, cookie);
    sockets.set(key, socket);
    socket.io.engine.on('packet', (packet) => {
      result.bytes[kindOf(packet)] += packetBytes(packet);
    });
    for (const kind of ['joined', 'changed', 'left'])
      socket.on(`presence:${kind}`, (payload) => apply(kind, payload));
    try {
      await connected(socket);
      result.connectedAt = now();
      const reply = await command(socket, 'board:join', { boardId });
      result.ackAt = now();
      adopt(reply.data.presence);
    } catch (error) {
      result.error = error.message;
      finish();
    }
    await done;
  })();
  return { result, run };
}

/** Resolves when every client's list is complete, or at the deadline with what they had. */
async function storm(args) {
  const clients = args.clients.map((client) => stormClient(args, client));
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(resolve, Math.max(0, args.t0 + args.timeoutMs - now()));
  });
  await Promise.race([Promise.all(clients.map((client) => client.run)), deadline]);
  clearTimeout(timer);
  return {
    results: clients.map((client) => ({ ...client.result, bytes: { ...client.result.bytes } })),
  };
}

// ---- operations ------------------------------------------------------------------------------

const OPERATIONS = {
  async open({ url, origin, clients }) {
    await eachLimited(clients, SETUP_CONCURRENCY, async ({ key, cookie }) => {
      const socket = createSocket(key, url, origin, cookie);
      sockets.set(key, socket);
      await connected(socket);
    });
    return { open: clients.length };
  },

  async join({ boardId, keys }) {
    let presence = 0;
    let version = 0;
    await eachLimited(keys, SETUP_CONCURRENCY, async (key) => {
      const reply = await command(socketOf(key), 'board:join', { boardId });
      presence = Math.max(presence, reply.data.presence.entries.length);
      version = Math.max(version, reply.data.state.version);
    });
    return { joined: keys.length, presence, version };
  },

  async leave({ boardId, keys }) {
    await eachLimited(keys, SETUP_CONCURRENCY, (key) =>
      command(socketOf(key), 'board:leave', { boardId }),
    );
    return { left: keys.length };
  },

  close({ keys }) {
    for (const key of keys) {
      sockets.get(key)?.disconnect();
      sockets.delete(key);
    }
    return { closed: keys.length };
  },

  /** One command, timed: sentAt just before the emit, ackAt when the ack arrived. */
  async send({ key, event, payload }) {
    const socket = socketOf(key);
    const sentAt = now();
    const reply = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload);
    return { sentAt, ackAt: now(), reply };
  },

  watch: startWatch,
  unwatch: stopWatch,
  storm,
  cpu: () => ({ cpuMs: threadCpuMs() }),
  drops: () => ({ dropped }),

  shutdown() {
    for (const name of [...watches.keys()]) stopWatch({ name });
    OPERATIONS.close({ keys: [...sockets.keys()] });
    setImmediate(() => parentPort.close());
    return { closed: true };
  },
};

parentPort.on('message', async ({ id, op, args }) => {
  try {
    const result = await OPERATIONS[op](args ?? {});
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

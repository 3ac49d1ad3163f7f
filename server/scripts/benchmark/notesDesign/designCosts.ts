/**
 * What separates the two ways notes could cross instances, measured on this machine:
 *
 * - every holder applies every update (what Konsil does): one Redis hop from the instance that
 *   stored an update to each other holder, which decodes the frame and applies the update to its
 *   own copy before forwarding it;
 * - one owner instance per document: a writer on another instance needs two hops (to the owner,
 *   which stores, and back), while the other instances only relay bytes and keep no copy.
 *
 * So it measures (1) the Redis pub/sub hop between two links, publish → handler, at a typing rate,
 * and (2) the CPU a holder spends per update it did not accept itself (frame decode + Y.applyUpdate),
 * with a document the size W1b's grows to. Run: `pnpm bench:notes-design`.
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { RedisLink } from '../../../src/cluster/redisLink';
import { decodeClusterFrame, encodeClusterFrame } from '../../../src/collab/redisNotesCluster';
import { createLogger } from '../../../src/logger';
import { type Summary, summarize } from '../stats';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const HOPS = 3_000;
const HOP_RATE_HZ = 100;
const WRITERS = 20;
const UPDATES = 10_000;

const fmt = (summary: Summary, unit: string, digits = 3) =>
  `p50 ${summary.p50.toFixed(digits)} ${unit}, p95 ${summary.p95.toFixed(digits)}, p99 ${summary.p99.toFixed(digits)}, max ${summary.max.toFixed(digits)} (n=${summary.count})`;

/** Typed updates as W1b produces them: writers appending tokens to paragraphs of their own. */
function typedUpdates(): Uint8Array[] {
  const writers = Array.from({ length: WRITERS }, () => new Y.Doc());
  const updates: Uint8Array[] = [];
  const fragments = writers.map((doc) => doc.getXmlFragment('default'));
  const texts = fragments.map((fragment, index) => {
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    const before = Y.encodeStateVector(writers[index] as Y.Doc);
    fragment.insert(fragment.length, [paragraph]);
    const update = Y.encodeStateAsUpdate(writers[index] as Y.Doc, before);
    updates.push(update);
    for (const other of writers) if (other !== writers[index]) Y.applyUpdate(other, update);
    return text;
  });
  for (let n = 0; updates.length < UPDATES; n++) {
    const writer = n % WRITERS;
    const doc = writers[writer] as Y.Doc;
    const captured: Uint8Array[] = [];
    const capture = (update: Uint8Array) => captured.push(update);
    doc.on('update', capture);
    (texts[writer] as Y.XmlText).insert((texts[writer] as Y.XmlText).length, `w${writer}.${n};`);
    doc.off('update', capture);
    for (const update of captured) {
      updates.push(update);
      for (const other of writers) if (other !== doc) Y.applyUpdate(other, update);
    }
  }
  return updates;
}

/** (2) decode + apply of every update on a copy that did not accept them, one by one. */
function applyCost(updates: Uint8Array[]): { perUpdate: Summary; totalMs: number } {
  const frames = updates.map((update, index) =>
    encodeClusterFrame({ kind: 'update', from: 'instance-a', updateIds: [index + 1], update }),
  );
  // A warm-up copy, so that the measured one runs compiled code.
  const warm = new Y.Doc();
  for (const frame of frames.slice(0, 2_000)) {
    const decoded = decodeClusterFrame(frame);
    if (decoded?.kind === 'update') Y.applyUpdate(warm, decoded.update);
  }
  const holder = new Y.Doc();
  const samples: number[] = [];
  const started = performance.now();
  for (const frame of frames) {
    const at = performance.now();
    const decoded = decodeClusterFrame(frame);
    if (decoded?.kind !== 'update') throw new Error('frame did not decode');
    Y.applyUpdate(holder, decoded.update);
    samples.push((performance.now() - at) * 1_000);
  }
  const totalMs = performance.now() - started;
  if (holder.getXmlFragment('default').length !== WRITERS) throw new Error('copy incomplete');
  return { perUpdate: summarize(samples), totalMs };
}

/**
 * (1) publish on one link → handler on another, at a steady typing rate. With `hops` 2 the
 * handler publishes the message on to a second channel that the first link hears: a writer on a
 * non-owner instance, whose update goes to the owner and comes back.
 */
async function redisHop(
  sampleFrame: Buffer,
  hops: 1 | 2,
): Promise<{ hop: Summary; missing: number }> {
  const logger = createLogger('silent');
  const publisher = new RedisLink(REDIS_URL, logger);
  const owner = new RedisLink(REDIS_URL, logger);
  const subscriber = hops === 1 ? owner : publisher;
  const channel = `konsil-bench-${process.pid}:notes:design`;
  const back = `${channel}:back`;
  const stopRelay =
    hops === 2
      ? owner.subscribe(channel, (message) => void owner.publish(back, message))
      : () => undefined;
  const heard = hops === 2 ? back : channel;
  try {
    await Promise.all([publisher.whenUp(5_000), owner.whenUp(5_000)]);
    const sentAt = new Map<number, number>();
    const samples: number[] = [];
    let allReceived: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      allReceived = resolve;
    });
    const unsubscribe = subscriber.subscribe(heard, (message) => {
      const seq = message.readUInt32BE(0);
      const at = sentAt.get(seq);
      if (at !== undefined) samples.push(performance.now() - at);
      if (samples.length === HOPS) allReceived();
    });
    await Promise.all([publisher.subscriber.ping(), owner.subscriber.ping()]);
    for (let seq = 0; seq < HOPS; seq++) {
      const message = Buffer.alloc(4 + sampleFrame.length);
      message.writeUInt32BE(seq, 0);
      sampleFrame.copy(message, 4);
      sentAt.set(seq, performance.now());
      await publisher.publish(channel, message);
      await new Promise((resolve) => setTimeout(resolve, 1_000 / HOP_RATE_HZ));
    }
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    unsubscribe();
    stopRelay();
    return { hop: summarize(samples), missing: HOPS - samples.length };
  } finally {
    await Promise.all([publisher.close(), owner.close()]);
  }
}

const updates = typedUpdates();
const sizes = summarize(updates.map((update) => update.length));
const sample = encodeClusterFrame({
  kind: 'update',
  from: 'instance-a',
  updateIds: [12_345],
  update: updates[updates.length - 1] as Uint8Array,
});
const apply = applyCost(updates);
const oneHop = await redisHop(sample, 1);
const twoHops = await redisHop(sample, 2);

process.stdout.write(
  [
    `notes across instances: what separates "every holder applies" from "one owner per document"`,
    `  typed updates (${WRITERS} writers, ${UPDATES} updates): size ${fmt(sizes, 'B', 0)}`,
    `  (1) Redis, one hop (publish → handler) at ${HOP_RATE_HZ} Hz: ${fmt(oneHop.hop, 'ms')}; missing ${oneHop.missing}`,
    `      two hops (to the owner and back):      ${fmt(twoHops.hop, 'ms')}; missing ${twoHops.missing}`,
    `  (2) decode + apply per update on a holder that did not accept it: ${fmt(apply.perUpdate, 'µs', 1)}; ${((apply.totalMs * 1_000) / UPDATES).toFixed(1)} µs mean`,
    '',
    `  every holder applies: one hop for every writer's update (p99 ${oneHop.hop.p99.toFixed(2)} ms); every holder pays (2) per update`,
    `  one owner per document: a non-owner's writers wait two hops (p99 ${twoHops.hop.p99.toFixed(2)} ms) plus the owner's store; non-owners save (2)`,
    `  load average: ${(await import('node:os'))
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
    '',
  ].join('\n'),
);
process.exit(0);

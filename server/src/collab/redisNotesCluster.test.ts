import { afterEach, expect, it, vi } from 'vitest';
import { RedisLink } from '../cluster/redisLink';
import { createLogger } from '../logger';
import { describeWithRedis, TEST_REDIS_URL, uniqueRedisPrefix } from '../test/redis';
import type { ClusterReceiver } from './notesCluster';
import { decodeClusterFrame, encodeClusterFrame, redisNotesCluster } from './redisNotesCluster';

const logger = createLogger('silent');
const links: RedisLink[] = [];

afterEach(async () => {
  await Promise.all(links.splice(0).map((link) => link.close()));
});

async function link(): Promise<RedisLink> {
  const created = new RedisLink(TEST_REDIS_URL, logger);
  links.push(created);
  await created.whenUp(5_000);
  return created;
}

/** Everything a document would be handed, in order. */
function recorder() {
  const heard: string[] = [];
  const receiver: ClusterReceiver = {
    update: (update, ids) => heard.push(`update ${[...update].join('.')} ids ${ids.join(',')}`),
    awareness: (update) => heard.push(`awareness ${[...update].join('.')}`),
    awarenessQuery: () => heard.push('query'),
  };
  return { heard, receiver };
}

it('reads back every frame it writes, and nothing else', () => {
  const update = new Uint8Array([0, 1, 255, 7]);
  for (const frame of [
    { kind: 'update', from: 'host:1:ab', updateIds: [1, 300, 2 ** 40], update },
    { kind: 'update', from: '', updateIds: [], update: new Uint8Array(0) },
    { kind: 'awareness', from: 'host:2:cd', update },
    { kind: 'awarenessQuery', from: 'host:3:ef' },
  ] as const) {
    const decoded = decodeClusterFrame(encodeClusterFrame(frame));
    // Redis hands over Buffers; what matters is the bytes.
    const bytes = decoded && 'update' in decoded ? { update: new Uint8Array(decoded.update) } : {};
    expect({ ...decoded, ...bytes }).toEqual(frame);
  }
  // The payload is raw bytes after a short header: no JSON or base64 around an update.
  expect(encodeClusterFrame({ kind: 'awareness', from: 'x', update }).length).toBe(3 + 4);
  for (const junk of [[], [9, 0], [0, 5, 65], [2, 1, 65, 0]]) {
    expect(decodeClusterFrame(new Uint8Array(junk)), `${junk}`).toBeNull();
  }
  // A frame whose instance name runs past its end, inside a larger buffer (as Redis hands
  // them over): not read from the bytes that happen to follow.
  const inLargerBuffer = new Uint8Array([9, 9, 1, 5, 65, 66, 67, 68, 69, 70]).subarray(2, 5);
  expect(decodeClusterFrame(inLargerBuffer)).toBeNull();
});

describeWithRedis('notes channels over Redis', () => {
  it("delivers one instance's frames to the others on the case's channel, in order, not to itself", async () => {
    const prefix = uniqueRedisPrefix();
    const [a, b, c] = [await link(), await link(), await link()];
    const [onA, onB, onOther] = [recorder(), recorder(), recorder()];
    const channelA = redisNotesCluster(a, prefix, logger).join('case-1', onA.receiver);
    const channelB = redisNotesCluster(b, prefix, logger).join('case-1', onB.receiver);
    // Another case on a third instance, and the same case under another cluster's prefix.
    const elsewhere = redisNotesCluster(c, prefix, logger).join('case-2', onOther.receiver);
    const otherCluster = redisNotesCluster(c, uniqueRedisPrefix(), logger).join(
      'case-1',
      onOther.receiver,
    );
    await Promise.all([channelA.ready, channelB.ready, elsewhere.ready, otherCluster.ready]);

    channelA.publishUpdate(new Uint8Array([1, 2]), [10, 11]);
    channelA.publishAwareness(new Uint8Array([3]));
    channelA.queryAwareness();
    channelA.publishUpdate(new Uint8Array([4]), [12]);
    await vi.waitFor(() => expect(onB.heard).toHaveLength(4));
    expect(onB.heard).toEqual(['update 1.2 ids 10,11', 'awareness 3', 'query', 'update 4 ids 12']);

    // A frame from B, once it has arrived, tells that A's own frames would have arrived too.
    channelB.publishAwareness(new Uint8Array([5]));
    await vi.waitFor(() => expect(onA.heard).toEqual(['awareness 5']));
    expect(onOther.heard).toEqual([]);

    // After leaving, nothing more is delivered to B.
    channelB.leave();
    await b.subscriber.ping();
    channelA.publishUpdate(new Uint8Array([6]), [13]);
    const probe = redisNotesCluster(c, prefix, logger).join('case-1', onOther.receiver);
    await probe.ready;
    channelA.publishUpdate(new Uint8Array([7]), [14]);
    await vi.waitFor(() => expect(onOther.heard).toEqual(['update 7 ids 14']));
    expect(onB.heard).toHaveLength(4);
  });
});

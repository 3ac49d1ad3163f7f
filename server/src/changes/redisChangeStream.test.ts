import { afterEach, expect, it } from 'vitest';
import { RedisLink } from '../cluster/redisLink';
import { createLogger } from '../logger';
import { describeWithRedis, TEST_REDIS_URL, uniqueRedisPrefix } from '../test/redis';
import type { DomainChange } from './domainChange';
import { RedisChangeStream } from './redisChangeStream';

const logger = createLogger('silent');
const links: RedisLink[] = [];
const streams: RedisChangeStream[] = [];

afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  await Promise.all(links.splice(0).map((link) => link.close()));
});

async function instance(channel: string): Promise<{ link: RedisLink; stream: RedisChangeStream }> {
  const link = new RedisLink(TEST_REDIS_URL, logger);
  links.push(link);
  await link.whenUp(5_000);
  const stream = new RedisChangeStream(link, channel, logger);
  streams.push(stream);
  // SUBSCRIBE is queued on the subscriber connection; a round trip on it means it is in place.
  await link.subscriber.ping();
  return { link, stream };
}

function collect(stream: RedisChangeStream): DomainChange[] {
  const heard: DomainChange[] = [];
  stream.subscribe((change) => {
    heard.push(change);
  });
  return heard;
}

async function until(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describeWithRedis('the change stream across instances', () => {
  it('delivers a change once on the publishing instance, at once, and once on every other', async () => {
    const channel = `${uniqueRedisPrefix()}changes`;
    const a = await instance(channel);
    const b = await instance(channel);
    const c = await instance(channel);
    const [onA, onB, onC] = [collect(a.stream), collect(b.stream), collect(c.stream)];
    const change: DomainChange = {
      kind: 'session.ended',
      target: { userId: 'user-1' },
      reason: 'logout',
      exceptSessionId: 'session-9',
    };

    a.stream.publish(change);
    // Local listeners hear it synchronously, as in a single process.
    expect(onA).toEqual([change]);
    await until(() => onB.length > 0 && onC.length > 0);
    a.stream.publish({ kind: 'live.state', boardId: 'board-1' });
    await until(() => onB.length === 2 && onC.length === 2);

    expect(onB).toEqual([change, { kind: 'live.state', boardId: 'board-1' }]);
    expect(onC).toEqual(onB);
    expect(onA).toHaveLength(2);
  });

  it('drops what does not parse as a change and goes on with what does', async () => {
    const channel = `${uniqueRedisPrefix()}changes`;
    const a = await instance(channel);
    const heard = collect(a.stream);

    for (const junk of [
      'not json',
      JSON.stringify({ from: 'elsewhere', change: { kind: 'board.access', boardId: 'b' } }),
      JSON.stringify({ from: 'elsewhere', change: { kind: 'drop.tables' } }),
      JSON.stringify({ from: 'elsewhere' }),
    ]) {
      await a.link.commands.publish(channel, junk);
    }
    const valid = { kind: 'board.access', boardId: 'board-2', cause: 'participants' } as const;
    await a.link.commands.publish(channel, JSON.stringify({ from: 'elsewhere', change: valid }));
    await until(() => heard.length > 0);

    expect(heard).toEqual([valid]);
  });

  it('does not hear other clusters that share the Redis', async () => {
    const ourChannel = `${uniqueRedisPrefix()}changes`;
    const ours = await instance(ourChannel);
    const ourPeer = await instance(ourChannel);
    const theirs = await instance(`${uniqueRedisPrefix()}changes`);
    const heardByOurPeer = collect(ourPeer.stream);

    theirs.stream.publish({ kind: 'live.agenda', boardId: 'board-3' });
    // Redis answers one connection in order: after this reply their publication has gone out,
    // so it would reach our peer before anything we publish next.
    await theirs.link.commands.ping();
    ours.stream.publish({ kind: 'live.agenda', boardId: 'board-4' });
    await until(() => heardByOurPeer.length > 0);

    expect(heardByOurPeer).toEqual([{ kind: 'live.agenda', boardId: 'board-4' }]);
  });
});

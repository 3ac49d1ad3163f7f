import { afterEach, expect, it } from 'vitest';
import { freePort } from '../../../../scripts/cluster/freePort';
import { RedisLink } from '../../../cluster/redisLink';
import { createLogger } from '../../../logger';
import { describeWithRedis, TEST_REDIS_URL, uniqueRedisPrefix } from '../../../test/redis';
import { startTestServer, type TestServer } from '../../../test/testServer';

const opened: { server: TestServer; link: RedisLink }[] = [];

afterEach(async () => {
  for (const { server, link } of opened.splice(0)) {
    await server.close();
    await link.close();
  }
});

async function instanceOn(redisUrl: string): Promise<TestServer> {
  const link = new RedisLink(redisUrl, createLogger('silent'));
  const server = await startTestServer({
    config: { redisUrl, redisKeyPrefix: uniqueRedisPrefix() },
    cluster: link,
  });
  opened.push({ server, link });
  return server;
}

describeWithRedis('/readyz in a cluster', () => {
  it('reports Redis beside the database', async () => {
    const server = await instanceOn(TEST_REDIS_URL);
    const link = opened[0]?.link;
    await link?.whenUp(5_000);

    const ready = await server.client().get('/readyz');

    expect([ready.status, ready.body]).toEqual([
      200,
      { status: 'ready', checks: { database: 'ok', redis: 'ok' } },
    ]);
  });

  it('says degraded, not unready, while Redis is unreachable: REST is still served', async () => {
    // Nothing listens on a free port: a Redis that is down.
    const server = await instanceOn(`redis://127.0.0.1:${await freePort()}`);
    const client = server.client();

    const ready = await client.get('/readyz');
    const login = await client.post('/api/auth/login', {
      email: 'coordinator.berlin@konsil.test',
      password: 'konsil-demo',
    });

    expect([ready.status, ready.body]).toEqual([
      200,
      { status: 'degraded', checks: { database: 'ok', redis: 'unreachable' } },
    ]);
    expect(login.status).toBe(200);
    expect((await client.get('/api/boards')).status).toBe(200);
  });
});

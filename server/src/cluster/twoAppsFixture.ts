import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { afterEach, beforeEach, expect } from 'vitest';
import { createApp, type KonsilApp } from '../app';
import { createLogger } from '../logger';
import {
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
} from '../realtime/handlers/liveBoardFixture';
import { seedDemoIfEmpty } from '../storage/seed/seedDemo';
import { createTestDatabase, type TestDatabase } from '../test/databases';
import { buildBoard } from '../test/factories';
import { FakeClock } from '../test/fakeClock';
import { type JoinedClient, joinWith, LiveClient } from '../test/liveClient';
import { userIdOf } from '../test/queries';
import { TEST_REDIS_URL, uniqueRedisPrefix } from '../test/redis';
import { connectSocket } from '../test/socketClient';
import { TestClient } from '../test/testClient';
import { testConfig } from '../test/testConfig';
import type { TestServer } from '../test/testServer';
import { RedisLink } from './redisLink';

export type InstanceName = 'A' | 'B';

interface Instance {
  name: InstanceName;
  link: RedisLink;
  app: KonsilApp;
  /** The app as the test helpers know a server (no reopen: a dead instance stays dead). */
  server: TestServer;
}

const logger = createLogger('silent');

/**
 * Two instances of a cluster in the test process: `createApp` twice, each with a Redis link of
 * its own, on one fresh PostgreSQL schema and a Redis key prefix of their own, with the Joint
 * Thoracic Tumor Board (Berlin hosts, Seoul takes part). Tabs opened through it are closed after
 * each test.
 */
export function useTwoApps() {
  let database: TestDatabase;
  let prefix: string;
  let board: { id: string; title: string };
  const instances = new Map<InstanceName, Instance>();
  const tabs: LiveClient[] = [];

  beforeEach(async () => {
    database = await createTestDatabase('postgres');
    const clock = new FakeClock();
    await seedDemoIfEmpty(database.db, clock.now(), { boards: false });
    prefix = uniqueRedisPrefix();
    for (const name of ['A', 'B'] as const) {
      instances.set(name, await startInstance(name, database, clock, prefix));
    }
    board = await buildBoard(database.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, OBSERVER_BERLIN, ONCOLOGIST_SEOUL],
      title: 'Joint Thoracic Tumor Board',
    });
  });

  afterEach(async () => {
    for (const tab of tabs.splice(0)) tab.close();
    for (const instance of instances.values()) {
      await instance.app.close();
      await instance.link.close();
    }
    instances.clear();
    await database.destroy();
    const redis = inspector();
    try {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  });

  function instance(name: InstanceName): Instance {
    const found = instances.get(name);
    if (!found) throw new Error(`no instance ${name}`);
    return found;
  }

  /** A plain connection to the cluster's Redis, to look at what the instances keep there. */
  function inspector(): Redis {
    const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
    redis.on('error', () => undefined);
    return redis;
  }

  async function signInOn(name: InstanceName, email: string): Promise<TestClient> {
    const browser = instance(name).server.client();
    const response = await browser.login(email);
    expect(response.status, `login of ${email} on ${name}`).toBe(200);
    return browser;
  }

  /** The same browser (its cookies, so its session) talking to another instance. */
  function sameBrowserOn(browser: TestClient, name: InstanceName): TestClient {
    const moved = instance(name).server.client();
    for (const pair of browser.cookieHeader.split('; ').filter(Boolean)) {
      const separator = pair.indexOf('=');
      moved.setCookie(pair.slice(0, separator), pair.slice(separator + 1));
    }
    return moved;
  }

  /** A tab of `browser` on its instance, connected but not yet in the board. */
  async function openTab(browser: TestClient, email: string): Promise<LiveClient> {
    // The tab goes where the browser does: to the instance its address names.
    const socket = await connectSocket(browser);
    const tab = new LiveClient(email, await userIdOf(database.db, email), browser, socket);
    tabs.push(tab);
    return tab;
  }

  /** The lease incarnation instance `name` holds presence under now (see instanceLease.ts). */
  async function incarnationOf(name: InstanceName): Promise<string> {
    const { link } = instance(name);
    const redis = inspector();
    try {
      const own = (await redis.smembers(`${prefix}instances`))
        .filter((incarnation) => incarnation.startsWith(`${link.instanceId}/`))
        .sort((a, b) => Number(a.split('/').pop()) - Number(b.split('/').pop()));
      const current = own.pop();
      if (!current) throw new Error(`instance ${name} holds no lease`);
      return current;
    } finally {
      redis.disconnect();
    }
  }

  return {
    get boardId() {
      return board.id;
    },
    get db() {
      return database.db;
    },
    get prefix() {
      return prefix;
    },
    instance,
    inspector,
    incarnationOf,
    signInOn,
    sameBrowserOn,
    openTab,
    joinIn: async (browser: TestClient, email: string): Promise<JoinedClient> =>
      joinWith(await openTab(browser, email), board.id),
    /** Signs `email` in on `name` (a new browser) and joins the board in one tab. */
    joinOn: async (name: InstanceName, email: string): Promise<JoinedClient> =>
      joinWith(await openTab(await signInOn(name, email), email), board.id),
    /**
     * Instance `name` dies, as far as the cluster can tell: its Redis connections are dropped
     * without a word (no QUIT, no clean-up write), so its lease is never renewed again and
     * everything it wrote stays behind, exactly as after kill -9. Losing Redis also makes it
     * cut its sockets and refuse new ones (io.ts), so its clients lose it too.
     */
    killInstance(name: InstanceName): void {
      const { link } = instance(name);
      for (const connection of [link.commands, link.subscriber, link.adapterClient]) {
        connection.disconnect();
      }
    },
  };
}

async function startInstance(
  name: InstanceName,
  database: TestDatabase,
  clock: FakeClock,
  prefix: string,
): Promise<Instance> {
  const link = new RedisLink(TEST_REDIS_URL, logger);
  await link.whenUp(5_000);
  const config = testConfig({ redisUrl: TEST_REDIS_URL, redisKeyPrefix: prefix });
  const app = createApp({ config, db: database.db, clock, logger, cluster: link });
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(0, '127.0.0.1', () => {
      app.server.off('error', reject);
      resolve();
    });
  });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const server: TestServer = {
    app,
    db: database.db,
    clock,
    baseUrl,
    client: (options) => new TestClient(baseUrl, options),
    close: () => app.close(),
    reopen: () => Promise.reject(new Error(`instance ${name} is not reopened in this fixture`)),
  };
  return { name, link, app, server };
}

import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { createApp, type KonsilApp } from '../app';
import type { RedisLink } from '../cluster/redisLink';
import type { Config } from '../config';
import { createLogger } from '../logger';
import type { Db } from '../storage/db';
import type { DialectName } from '../storage/dialect';
import { seedDemoIfEmpty } from '../storage/seed/seedDemo';
import { createTestDatabase, type TestDatabase } from './databases';
import { FakeClock } from './fakeClock';
import { TestClient } from './testClient';
import { testConfig } from './testConfig';

export interface TestServer {
  app: KonsilApp;
  db: Db;
  clock: FakeClock;
  baseUrl: string;
  /** A new client (one "browser") with its own cookie jar. */
  client(options?: { origin?: string | null; forwardedFor?: string }): TestClient;
  close(): Promise<void>;
  /**
   * A fresh app on the same database, clock, config and port — what clients see
   * after a deploy or a crash. Call after `app.close()`; from then on the
   * returned server owns the database and its `close()` is the one to call.
   */
  reopen(): Promise<TestServer>;
}

/**
 * Starts the real app on a random port with a fresh seeded database and a fake
 * clock. The demo's institutions and people stay; its boards and cases go
 * unless `demoBoards` is set, so each test builds the boards it talks about.
 */
export async function startTestServer(
  options: {
    dialect?: DialectName;
    config?: Partial<Config>;
    demoBoards?: boolean;
    /** One instance of a cluster (the caller closes the link after the server). */
    cluster?: RedisLink;
    /** Receives every log line, at every level (otherwise the server logs nothing). */
    logs?: DestinationStream;
  } = {},
): Promise<TestServer> {
  const database = await createTestDatabase(options.dialect ?? 'sqlite');
  const clock = new FakeClock();
  await seedDemoIfEmpty(database.db, clock.now(), { boards: options.demoBoards ?? false });
  const config = testConfig({
    ...(options.logs ? { logLevel: 'trace' } : {}),
    ...options.config,
  });
  return listen(database, clock, config, 0, options.cluster, options.logs);
}

async function listen(
  database: TestDatabase,
  clock: FakeClock,
  config: Config,
  port: number,
  cluster?: RedisLink,
  logs?: DestinationStream,
): Promise<TestServer> {
  const app = createApp({
    config,
    db: database.db,
    clock,
    logger: createLogger(config.logLevel, logs),
    ...(cluster ? { cluster } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    // Reopening on a port someone else took meanwhile must fail the test, not hang it.
    app.server.once('error', reject);
    app.server.listen(port, '127.0.0.1', () => {
      app.server.off('error', reject);
      resolve();
    });
  });
  const bound = (app.server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${bound}`;
  return {
    app,
    db: database.db,
    clock,
    baseUrl,
    client: (clientOptions) => new TestClient(baseUrl, clientOptions),
    async close() {
      await app.close();
      await database.destroy();
    },
    // The same port keeps the Origin allowed and lets existing TestClients reconnect unchanged.
    reopen: () => listen(database, clock, config, bound, cluster, logs),
  };
}

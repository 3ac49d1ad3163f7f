import type { AddressInfo } from 'node:net';
import { createApp, type KonsilApp } from '../app';
import type { Config } from '../config';
import { createLogger } from '../logger';
import type { Db } from '../storage/db';
import type { DialectName } from '../storage/dialect';
import { seedDemoIfEmpty } from '../storage/seed/seedDemo';
import { createTestDatabase } from './databases';
import { FakeClock } from './fakeClock';
import { TestClient } from './testClient';

export interface TestServer {
  app: KonsilApp;
  db: Db;
  clock: FakeClock;
  baseUrl: string;
  /** A new client (one "browser") with its own cookie jar. */
  client(options?: { origin?: string | null; forwardedFor?: string }): TestClient;
  close(): Promise<void>;
}

/**
 * Starts the real app on a random port with a fresh seeded database and a fake
 * clock. The demo's institutions and people stay; its boards and cases go
 * unless `demoBoards` is set, so each test builds the boards it talks about.
 */
export async function startTestServer(
  options: { dialect?: DialectName; config?: Partial<Config>; demoBoards?: boolean } = {},
): Promise<TestServer> {
  const database = await createTestDatabase(options.dialect ?? 'sqlite');
  const clock = new FakeClock();
  await seedDemoIfEmpty(database.db, clock.now(), { boards: options.demoBoards ?? false });
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    databaseUrl: null,
    extraAllowedOrigins: [],
    publicUrl: null,
    // Lets tests act from several client addresses via X-Forwarded-For.
    trustProxy: ['loopback'],
    cookieSecure: 'auto',
    logLevel: 'silent',
    seedDemo: false,
    apiRateLimitPerMinute: 10_000,
    clientDist: '/nonexistent',
    ...options.config,
  };
  const app = createApp({ config, db: database.db, clock, logger: createLogger(config.logLevel) });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
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
  };
}

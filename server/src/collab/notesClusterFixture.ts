/**
 * Two instances of a cluster in the test process: each its own app, database pool and Redis
 * link, on one fresh PostgreSQL schema and one Redis (key prefix of their own), with the joint
 * Berlin–Seoul board and one consented Berlin case whose notes the tests edit.
 */
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import pino from 'pino';
import { expect, vi } from 'vitest';
import { createApp, type KonsilApp } from '../app';
import { RedisLink } from '../cluster/redisLink';
import { createLogger } from '../logger';
import type { Db } from '../storage/db';
import { openPostgres } from '../storage/dialect';
import { seedDemoIfEmpty } from '../storage/seed/seedDemo';
import {
  type ConnectOptions,
  NOTES_WAIT_MS,
  type NotesClient,
  openNotes,
  openSyncedNotes,
} from '../test/collabClient';
import { createTestDatabase, TEST_POSTGRES_URL, type TestDatabase } from '../test/databases';
import { buildBoard, buildCase } from '../test/factories';
import { FakeClock } from '../test/fakeClock';
import {
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  PATHOLOGIST_BERLIN,
  RADIATION_SEOUL,
  RADIOLOGIST_SEOUL,
  SURGEON_BERLIN,
} from '../test/notesBoard';
import { uniqueRedisPrefix } from '../test/redis';
import { TestClient } from '../test/testClient';
import { testConfig } from '../test/testConfig';

/** One instance: an app with its own pool and Redis link, and the log lines it wrote. */
export class ClusterInstance {
  private readonly clients: NotesClient[] = [];

  constructor(
    readonly name: string,
    readonly app: KonsilApp,
    readonly db: Db,
    readonly link: RedisLink,
    readonly baseUrl: string,
    private readonly logLines: string[],
  ) {}

  /** A browser signed in on this instance (the session works on every instance). */
  async browser(email: string): Promise<TestClient> {
    const browser = new TestClient(this.baseUrl);
    const response = await browser.login(email);
    expect(response.status, `login of ${email} on ${this.name}`).toBe(200);
    return browser;
  }

  /** Opens the case's notes on this instance as `email`, waiting for the first sync. */
  async open(email: string, caseId: string, connect: ConnectOptions = {}): Promise<NotesClient> {
    const browser = await this.browser(email);
    return this.track(
      await openSyncedNotes(browser, caseId, { label: `${email}@${this.name}`, ...connect }),
    );
  }

  /** Opens the notes without waiting for a sync (for refusals). */
  async openUnsynced(email: string, caseId: string): Promise<NotesClient> {
    const browser = await this.browser(email);
    return this.track(openNotes(browser, caseId, { label: `${email}@${this.name}` }));
  }

  /** How many log lines with this message the instance wrote. */
  logged(message: string): number {
    return this.logLines.filter((line) => line.includes(`"msg":"${message}"`)).length;
  }

  /** Waits until this instance holds no document of `caseId` in memory. */
  async unloaded(caseId: string): Promise<void> {
    await vi.waitFor(
      () => {
        if (this.app.collab.isLoaded(caseId)) throw new Error(`${this.name} still holds ${caseId}`);
      },
      { timeout: NOTES_WAIT_MS, interval: 25 },
    );
  }

  async close(): Promise<void> {
    for (const client of this.clients.splice(0)) client.destroy();
    await this.app.close();
    await this.link.close();
    await this.db.destroy();
  }

  private track(client: NotesClient): NotesClient {
    this.clients.push(client);
    return client;
  }
}

export interface TwoInstanceCluster {
  /** Instance A (Berlin's) and B (Seoul's). */
  a: ClusterInstance;
  b: ClusterInstance;
  /** The schema both instances share, through a pool of the test's own. */
  db: Db;
  caseId: string;
  close(): Promise<void>;
}

/**
 * Starts two instances on one fresh PostgreSQL schema and the Redis at `redisUrl`. Instances
 * log at debug level into memory, so a test can tell which of them compacted.
 */
export async function startNotesCluster(redisUrl: string): Promise<TwoInstanceCluster> {
  const database = await createTestDatabase('postgres');
  const clock = new FakeClock();
  await seedDemoIfEmpty(database.db, clock.now(), { boards: false });
  const board = await buildBoard(database.db, {
    host: 'CCCC',
    guests: ['SCCC'],
    invited: [
      ONCOLOGIST_BERLIN,
      SURGEON_BERLIN,
      PATHOLOGIST_BERLIN,
      ONCOLOGIST_SEOUL,
      RADIOLOGIST_SEOUL,
      RADIATION_SEOUL,
    ],
    title: 'Joint Thoracic Tumor Board (cluster)',
  });
  const { id: caseId } = await buildCase(database.db, { board, home: 'CCCC', status: 'submitted' });
  const schema = await schemaOf(database);
  const redisKeyPrefix = uniqueRedisPrefix();
  const instances: ClusterInstance[] = [];
  try {
    for (const name of ['A', 'B']) {
      instances.push(await startInstance(name, schema, redisUrl, redisKeyPrefix, clock));
    }
  } catch (error) {
    await Promise.all(instances.map((instance) => instance.close()));
    await database.destroy();
    throw error;
  }
  const [a, b] = instances as [ClusterInstance, ClusterInstance];
  return {
    a,
    b,
    db: database.db,
    caseId,
    async close() {
      await Promise.all([a.close(), b.close()]);
      await database.destroy();
    },
  };
}

/** The PostgreSQL schema a test database lives in, for another pool on it. */
export async function schemaOf(database: TestDatabase): Promise<string> {
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(
    database.db,
  );
  const schema = result.rows[0]?.schema;
  if (!schema) throw new Error('the test database has no schema');
  return schema;
}

async function startInstance(
  name: string,
  schema: string,
  redisUrl: string,
  redisKeyPrefix: string,
  clock: FakeClock,
): Promise<ClusterInstance> {
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ level: 'debug', base: { instance: name } }, sink);
  const config = testConfig({ redisUrl, redisKeyPrefix });
  const link = new RedisLink(redisUrl, createLogger('silent'));
  const db = openPostgres({ connectionString: TEST_POSTGRES_URL, schema, maxConnections: 5 });
  try {
    await link.whenUp(5_000);
  } catch (error) {
    await link.close();
    await db.destroy();
    throw error;
  }
  const app = createApp({ config, db, clock, logger, cluster: link });
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(0, '127.0.0.1', () => {
      app.server.off('error', reject);
      resolve();
    });
  });
  const port = (app.server.address() as AddressInfo).port;
  return new ClusterInstance(name, app, db, link, `http://127.0.0.1:${port}`, logLines);
}

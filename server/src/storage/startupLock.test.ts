import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { listeningPort, watchOutput } from '../test/clusterProcesses';
import { isDialectAvailable, TEST_POSTGRES_URL, withSchemaLock } from '../test/databases';
import { openPostgres, quoteIdentifier } from './dialect';
import { DEMO_USERS } from './seed/demoUsers';

const serverDir = path.resolve(import.meta.dirname, '../..');
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The real entry point, as `npm start` runs it, on `databaseUrl`. */
function startInstance(name: string, databaseUrl: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SEED_DEMO: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(async () => {
    child.kill('SIGKILL');
  });
  return watchOutput(child, `instance ${name}`, listeningPort);
}

describe.skipIf(!isDialectAvailable('postgres'))('instances that start together', () => {
  it('migrate and seed the demo exactly once between them', async () => {
    const schema = `konsil_start_${randomBytes(5).toString('hex')}`;
    const admin = openPostgres({ connectionString: TEST_POSTGRES_URL, maxConnections: 1 });
    await sql`create schema ${sql.raw(quoteIdentifier(schema))}`.execute(admin);
    const db = openPostgres({ connectionString: TEST_POSTGRES_URL, schema, maxConnections: 1 });
    cleanups.push(async () => {
      await db.destroy();
      await withSchemaLock('postgres', () =>
        sql`drop schema ${sql.raw(quoteIdentifier(schema))} cascade`.execute(admin),
      );
      await admin.destroy();
    });
    const url = new URL(TEST_POSTGRES_URL);
    url.searchParams.set('options', `-c search_path=${quoteIdentifier(schema)}`);

    // All three start at the same moment on an empty schema. (The schema lock only keeps other test
    // files from dropping their schemas while the migrators read the catalog.)
    const instances = await withSchemaLock('postgres', async () => {
      const all = ['a', 'b', 'c'].map((name) => startInstance(name, url.toString()));
      await Promise.all(all.map((instance) => instance.found));
      return all;
    });

    const outputs = instances.map((instance) => instance.output());
    const countOf = (message: string) =>
      outputs.filter((output) => output.includes(`"msg":"${message}"`)).length;
    expect(countOf('database migrated')).toBe(1);
    expect(countOf('demo data seeded')).toBe(1);
    expect(countOf('konsil listening')).toBe(3);
    const users = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string | number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(users.count)).toBe(DEMO_USERS.length);
  }, 90_000);
});

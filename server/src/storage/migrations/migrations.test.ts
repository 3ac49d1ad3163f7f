import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDatabase,
  TEST_POSTGRES_URL,
  type TestDatabase,
} from '../../test/databases';
import type { Db } from '../db';
import { type DialectName, openPostgres, openSqlite, quoteIdentifier } from '../dialect';
import type { Database } from '../schema';
import { seedDemoIfEmpty } from '../seed/seedDemo';
import { migrateDownAll, migrateToLatest } from './index';

const MIGRATION_NAMES = ['0001_foundation', '0002_boards'];

/** Every table the code reads; `satisfies` keeps this list in step with schema.ts. */
const TABLES = [
  'institutions',
  'users',
  'credentials',
  'sessions',
  'login_failures',
  'trusted_devices',
  'audit_events',
  'audit_head',
  'boards',
  'board_institutions',
  'board_participants',
] as const satisfies readonly (keyof Database)[];

const queryable = (db: Db, table: keyof Database) =>
  db.selectFrom(table).selectAll().limit(1).execute();

/**
 * An empty, unmigrated database beside the test's own: a second in-memory
 * SQLite, or a second schema on the same PostgreSQL server.
 */
async function openNeighbour(dialect: DialectName) {
  if (dialect === 'sqlite') {
    const db = openSqlite(':memory:');
    return { db, destroy: () => db.destroy() };
  }
  const schema = quoteIdentifier(`konsil_test_${randomBytes(6).toString('hex')}`);
  const admin = openPostgres({ connectionString: TEST_POSTGRES_URL, maxConnections: 1 });
  await sql`create schema ${sql.raw(schema)}`.execute(admin);
  const db = openPostgres({
    connectionString: TEST_POSTGRES_URL,
    schema: schema.slice(1, -1),
    maxConnections: 2,
  });
  return {
    db,
    async destroy() {
      await db.destroy();
      await sql`drop schema ${sql.raw(schema)} cascade`.execute(admin);
      await admin.destroy();
    },
  };
}

describeEachDatabase('migrations', (dialect) => {
  let database: TestDatabase;

  // createTestDatabase migrates; each test starts from an empty schema by going all the way down.
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    await migrateDownAll(database.db);
  });

  afterEach(async () => {
    await database.destroy();
  });

  it('has no tables once every migration is reverted', async () => {
    for (const table of TABLES) {
      await expect(queryable(database.db, table), table).rejects.toThrow();
    }
  });

  it('applies every migration, in order, to an empty database', async () => {
    expect(await migrateToLatest(database.db)).toEqual(MIGRATION_NAMES);

    for (const table of TABLES) {
      await expect(queryable(database.db, table), table).resolves.toBeInstanceOf(Array);
    }
    const head = await database.db.selectFrom('audit_head').selectAll().execute();
    expect(head.map((row) => [Number(row.id), Number(row.seq), row.last_hash])).toEqual([
      [1, 0, '0'.repeat(64)],
    ]);
  });

  it('is a no-op when run again', async () => {
    await migrateToLatest(database.db);
    expect(await migrateToLatest(database.db)).toEqual([]);
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it('goes down and up again with data in the tables', async () => {
    await migrateToLatest(database.db);
    expect(await seedDemoIfEmpty(database.db, new Date('2026-12-03T07:00:00Z'))).toBe(true);

    await migrateDownAll(database.db);
    for (const table of TABLES) {
      await expect(queryable(database.db, table), table).rejects.toThrow();
    }

    expect(await migrateToLatest(database.db)).toEqual(MIGRATION_NAMES);
    for (const table of TABLES) {
      await expect(queryable(database.db, table), table).resolves.toEqual(
        table === 'audit_head' ? [expect.objectContaining({ seq: 0 })] : [],
      );
    }
  });

  // Several schemas share one PostgreSQL server (parallel test files, or
  // Konsil next to another app); each must migrate on its own.
  it('migrates a second database while this one holds a migrated schema', async () => {
    await migrateToLatest(database.db);
    const neighbour = await openNeighbour(dialect);
    try {
      expect(await migrateToLatest(neighbour.db)).toEqual(MIGRATION_NAMES);
      await expect(queryable(neighbour.db, 'audit_head')).resolves.toHaveLength(1);
    } finally {
      await neighbour.destroy();
    }
  });
});

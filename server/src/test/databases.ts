import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { describe } from 'vitest';
import type { Db } from '../storage/db';
import { type DialectName, openPostgres, openSqlite, quoteIdentifier } from '../storage/dialect';
import { migrateToLatest } from '../storage/migrations';

/**
 * Storage and API suites run once per database. PostgreSQL is used when it
 * answers at TEST_POSTGRES_URL (default: local trust auth). Without it the
 * PostgreSQL suites are skipped with a message — unless KONSIL_REQUIRE_SERVICES
 * is set (CI), where a missing PostgreSQL fails the run instead.
 */
export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const servicesRequired = ['1', 'true'].includes(process.env.KONSIL_REQUIRE_SERVICES ?? '');

async function probePostgres(): Promise<string | null> {
  const client = new pg.Client({
    connectionString: TEST_POSTGRES_URL,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return (error as Error).message || 'connection refused';
  } finally {
    await client.end().catch(() => undefined);
  }
}

const postgresProblem = await probePostgres();
if (postgresProblem && servicesRequired) {
  throw new Error(
    `PostgreSQL is required (KONSIL_REQUIRE_SERVICES) but not reachable at ${TEST_POSTGRES_URL}: ${postgresProblem}`,
  );
}
if (postgresProblem) {
  process.stderr.write(
    `\n[konsil] PostgreSQL suites SKIPPED: no server at ${TEST_POSTGRES_URL} (${postgresProblem}). ` +
      'Start PostgreSQL or set TEST_POSTGRES_URL to run them.\n',
  );
}

export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

export function isDialectAvailable(dialect: DialectName): boolean {
  return dialect === 'sqlite' || postgresProblem === null;
}

/** Runs the same suite against every database; PostgreSQL is skipped only when absent and not required. */
export function describeEachDatabase(name: string, suite: (dialect: DialectName) => void): void {
  for (const dialect of DIALECTS) {
    describe.skipIf(!isDialectAvailable(dialect))(`${name} [${dialect}]`, () => suite(dialect));
  }
}

export interface TestDatabase {
  db: Db;
  dialect: DialectName;
  destroy(): Promise<void>;
}

// Any constant will do, as long as every test worker uses the same one.
const SCHEMA_CHANGE_LOCK = 47_110_003;

/**
 * Runs schema-wide work (migrating, reverting, dropping a test schema) while no
 * other test worker does any. Kysely's migrator reads the catalog of every
 * schema on the server (`has_schema_privilege`, `pg_get_serial_sequence`), and
 * fails with "schema/relation … does not exist" when another test file drops
 * its schema or tables at that moment. Ending the session frees the lock.
 */
export async function withSchemaLock<T>(dialect: DialectName, work: () => Promise<T>): Promise<T> {
  if (dialect === 'sqlite') return work();
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SCHEMA_CHANGE_LOCK]);
    return await work();
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh, migrated database: in-memory SQLite, or a PostgreSQL schema of its own. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const db = openSqlite(':memory:');
    await migrateToLatest(db);
    return { db, dialect, destroy: () => db.destroy() };
  }
  const schema = `konsil_test_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres({ connectionString: TEST_POSTGRES_URL, maxConnections: 1 });
  await sql`create schema ${sql.raw(quoteIdentifier(schema))}`.execute(admin);
  const db = openPostgres({ connectionString: TEST_POSTGRES_URL, schema, maxConnections: 5 });
  const dropSchema = () =>
    withSchemaLock(dialect, () =>
      sql`drop schema ${sql.raw(quoteIdentifier(schema))} cascade`.execute(admin),
    );
  try {
    await withSchemaLock(dialect, () => migrateToLatest(db));
  } catch (error) {
    await db.destroy();
    await dropSchema();
    await admin.destroy();
    throw error;
  }
  return {
    db,
    dialect,
    async destroy() {
      await db.destroy();
      await dropSchema();
      await admin.destroy();
    },
  };
}

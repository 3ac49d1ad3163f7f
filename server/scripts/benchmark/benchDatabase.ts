import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { createDatabase, type Db } from '../../src/storage/db';
import { type DialectName, openPostgres, quoteIdentifier } from '../../src/storage/dialect';
import { migrateToLatest } from '../../src/storage/migrations';

export const POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  db: Db;
  dialect: DialectName;
  /** Where it lives, for the report. */
  location: string;
  /** Closes the pool and removes everything the benchmark created. */
  dispose(): Promise<void>;
}

/** The reason PostgreSQL cannot be used, or null when it answers. */
export async function postgresProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
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

export interface TempSqlite {
  dataDir: string;
  db: Db;
  /** Closes the connection and removes the directory. */
  dispose(): Promise<void>;
}

/** A migrated SQLite file in a new temp directory, opened exactly as production opens it (WAL). */
export async function openTempSqlite(prefix: string): Promise<TempSqlite> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const db = createDatabase({ dataDir, databaseUrl: null });
  const dispose = async () => {
    await db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await migrateToLatest(db);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { dataDir, db, dispose };
}

async function openBenchSqlite(): Promise<BenchDatabase> {
  const { dataDir, db, dispose } = await openTempSqlite('konsil-bench-');
  return { db, dialect: 'sqlite', location: path.join(dataDir, 'konsil.sqlite'), dispose };
}

/** A fresh schema of its own on the PostgreSQL server, with production's pool size. */
async function openBenchPostgres(): Promise<BenchDatabase> {
  const schema = `konsil_bench_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres({ connectionString: POSTGRES_URL, maxConnections: 1 });
  await sql`create schema ${sql.raw(quoteIdentifier(schema))}`.execute(admin);
  const db = openPostgres({ connectionString: POSTGRES_URL, schema });
  const dispose = async () => {
    await db.destroy();
    await sql`drop schema ${sql.raw(quoteIdentifier(schema))} cascade`.execute(admin);
    await admin.destroy();
  };
  try {
    await migrateToLatest(db);
  } catch (error) {
    await dispose();
    throw error;
  }
  const server = new URL(POSTGRES_URL);
  return { db, dialect: 'postgres', location: `${server.host}, schema ${schema}`, dispose };
}

export function openBenchDatabase(dialect: DialectName): Promise<BenchDatabase> {
  return dialect === 'sqlite' ? openBenchSqlite() : openBenchPostgres();
}

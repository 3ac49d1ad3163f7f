/**
 * The only module that knows which database engine is underneath. Every
 * query elsewhere is written once in portable Kysely; engine-specific set-up
 * (pragmas, pools, schemas for test isolation) lives here.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  type Kysely,
  Kysely as KyselyDb,
  PostgresAdapter,
  PostgresDialect,
  SqliteDialect,
  sql,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export function openSqlite(file: string): Kysely<Database> {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return new KyselyDb<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export interface PostgresOptions {
  connectionString: string;
  /** Confines every connection to one schema (used to isolate test runs). */
  schema?: string;
  maxConnections?: number;
}

export function openPostgres(options: PostgresOptions): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${quoteIdentifier(options.schema)}` } : {}),
  });
  return new KyselyDb<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Identifiers here come from our own code, never from users; quoting is belt and braces. */
export function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe identifier: ${name}`);
  return `"${name}"`;
}

// biome-ignore lint/suspicious/noExplicitAny: works for any schema, migrations included
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * The schema the migration tables belong in. Kysely otherwise looks for its
 * lock table in every schema on PostgreSQL and trips over another app's.
 */
// biome-ignore lint/suspicious/noExplicitAny: works for any schema
export async function migrationSchemaOf(db: Kysely<any>): Promise<string | undefined> {
  if (dialectOf(db) === 'sqlite') return undefined;
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return result.rows[0]?.schema;
}

/** A unique constraint refused the write (e.g. two admins creating one email at once). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const { code } = error as { code: unknown };
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

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
  type RawBuilder,
  type SqliteDatabase,
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
  return new KyselyDb<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely asks better-sqlite3 to prepare every query anew; on hot paths (the
 * notes log takes an insert per keystroke) that costs as much as running it.
 * Prepared statements are reused by their SQL text: Kysely's single SQLite
 * connection runs one statement at a time, and SQLite re-prepares a statement
 * by itself after a schema change.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(source: string) {
      let statement = statements.get(source);
      if (!statement) {
        // Multi-row inserts make one text per row count; a full cache simply starts again.
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = sqlite.prepare(source);
        statements.set(source, statement);
      }
      return statement;
    },
  };
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

/** A binary column as hex text (SQLite's hex() writes upper case, PostgreSQL lower case). */
// biome-ignore lint/suspicious/noExplicitAny: works for any schema
export function blobAsHex(db: Kysely<any>, column: string): RawBuilder<string> {
  return dialectOf(db) === 'postgres'
    ? sql<string>`encode(${sql.ref(column)}, 'hex')`
    : sql<string>`hex(${sql.ref(column)})`;
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

/** Seconds since 1970 of an ISO 8601 UTC instant stored as text, as a floating-point number. */
// biome-ignore lint/suspicious/noExplicitAny: works for any schema
export function epochSecondsOf(db: Kysely<any>, instant: RawBuilder<unknown>): RawBuilder<number> {
  return dialectOf(db) === 'postgres'
    ? sql<number>`cast(extract(epoch from cast(${instant} as timestamptz)) as double precision)`
    : sql<number>`((julianday(${instant}) - 2440587.5) * 86400.0)`;
}

/** The largest integer not above a non-negative number (SQLite's cast truncates, PostgreSQL's rounds). */
// biome-ignore lint/suspicious/noExplicitAny: works for any schema
export function floorOf(db: Kysely<any>, value: RawBuilder<number>): RawBuilder<number> {
  return dialectOf(db) === 'postgres'
    ? sql<number>`cast(floor(${value}) as integer)`
    : sql<number>`cast(${value} as integer)`;
}

const jsonKey = (key: string) => {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error(`Unsafe JSON key: ${key}`);
  return key;
};

/** A top-level text member of a JSON text column; null when missing or JSON null. */
export function jsonTextOf(
  // biome-ignore lint/suspicious/noExplicitAny: works for any schema
  db: Kysely<any>,
  column: string,
  key: string,
): RawBuilder<string | null> {
  return dialectOf(db) === 'postgres'
    ? sql<string | null>`(cast(${sql.ref(column)} as jsonb) ->> ${sql.lit(jsonKey(key))})`
    : sql<string | null>`json_extract(${sql.ref(column)}, ${sql.lit(`$.${jsonKey(key)}`)})`;
}

/** A top-level boolean member of a JSON text column as 1 or 0; null when missing or JSON null. */
export function jsonBooleanOf(
  // biome-ignore lint/suspicious/noExplicitAny: works for any schema
  db: Kysely<any>,
  column: string,
  key: string,
): RawBuilder<number | null> {
  return dialectOf(db) === 'postgres'
    ? sql<
        number | null
      >`(case (cast(${sql.ref(column)} as jsonb) ->> ${sql.lit(jsonKey(key))}) when 'true' then 1 when 'false' then 0 end)`
    : sql<number | null>`json_extract(${sql.ref(column)}, ${sql.lit(`$.${jsonKey(key)}`)})`;
}

/** Whether the JSON array at a top-level member of a JSON text column holds a text value. */
export function jsonArrayHolds(
  // biome-ignore lint/suspicious/noExplicitAny: works for any schema
  db: Kysely<any>,
  column: string,
  key: string,
  value: string,
): RawBuilder<boolean> {
  return dialectOf(db) === 'postgres'
    ? sql<boolean>`(coalesce(cast(${sql.ref(column)} as jsonb) -> ${sql.lit(jsonKey(key))}, '[]'::jsonb) @> jsonb_build_array(cast(${value} as text)))`
    : sql<boolean>`exists (select 1 from json_each(${sql.ref(column)}, ${sql.lit(`$.${jsonKey(key)}`)}) where value = ${value})`;
}

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../storage/db';
import { type DialectName, openPostgres, openSqlite, quoteIdentifier } from '../storage/dialect';
import { migrateToLatest } from '../storage/migrations';
import { seedDemoIfEmpty } from '../storage/seed/seedDemo';
import { TEST_POSTGRES_URL, withSchemaLock } from './databases';

const serverDir = path.resolve(import.meta.dirname, '../..');

/** A database outside the test process, for a server in a child process to use. */
export interface ChildDatabase {
  dialect: DialectName;
  /** What the child needs to find it. */
  env: Record<string, string>;
  /** A connection from the test process (the caller destroys it). */
  open(): Db;
  destroy(): Promise<void>;
}

/** A migrated database with the demo institutions and people (no boards): a SQLite file or a schema. */
export async function arrangeChildDatabase(dialect: DialectName): Promise<ChildDatabase> {
  let database: ChildDatabase;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'konsil-collab-'));
    const file = path.join(dir, 'konsil.sqlite');
    database = {
      dialect,
      env: { KONSIL_CHILD_SQLITE: file },
      open: () => openSqlite(file),
      async destroy() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } else {
    const schema = `konsil_child_${randomBytes(6).toString('hex')}`;
    const admin = openPostgres({ connectionString: TEST_POSTGRES_URL, maxConnections: 1 });
    await sql`create schema ${sql.raw(quoteIdentifier(schema))}`.execute(admin);
    database = {
      dialect,
      env: { KONSIL_CHILD_POSTGRES_URL: TEST_POSTGRES_URL, KONSIL_CHILD_SCHEMA: schema },
      open: () => openPostgres({ connectionString: TEST_POSTGRES_URL, schema, maxConnections: 2 }),
      async destroy() {
        await withSchemaLock(dialect, () =>
          sql`drop schema ${sql.raw(quoteIdentifier(schema))} cascade`.execute(admin),
        );
        await admin.destroy();
      },
    };
  }
  const db = database.open();
  try {
    await withSchemaLock(dialect, () => migrateToLatest(db));
    await seedDemoIfEmpty(db, new Date(), { boards: false });
  } finally {
    await db.destroy();
  }
  return database;
}

export interface ChildServer {
  process: ChildProcess;
  baseUrl: string;
  /** Resolves with the signal (or exit code) once the process is gone. */
  exited: Promise<string | number | null>;
  /** What it printed, for failure messages. */
  output(): string;
}

/**
 * Starts the app in a child process on `database` (on `port`, or any free
 * one); resolves once it listens.
 */
export function startChildServer(database: ChildDatabase, port = 0): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/test/collabChildServer.ts'], {
    cwd: serverDir,
    env: { ...process.env, ...database.env, KONSIL_CHILD_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<string | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /^listening (\d+)$/m.exec(output)?.[1];
      if (port) {
        resolve({
          process: child,
          baseUrl: `http://127.0.0.1:${port}`,
          exited,
          output: () => output,
        });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((how) => reject(new Error(`child server exited early (${how}):\n${output}`)));
  });
}

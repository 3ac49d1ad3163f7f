import { sql } from 'kysely';
import type { Db } from './db';
import { dialectOf } from './dialect';

// Any constant will do, as long as every instance of one deployment uses the same one.
const STARTUP_LOCK = 47_110_013;

/**
 * Runs start-up work (migrating, seeding the demo, building the search index) while no other
 * instance on the same PostgreSQL database does: instances started together take turns, and
 * the later ones find the work done. A session-level advisory lock on one pooled connection;
 * it is released when the work ends, or by PostgreSQL when a crashed instance's connection goes.
 * SQLite serves one process only, so there is nothing to wait for.
 */
export async function withStartupLock<T>(db: Db, work: () => Promise<T>): Promise<T> {
  if (dialectOf(db) === 'sqlite') return work();
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${STARTUP_LOCK})`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK})`.execute(connection);
    }
  });
}

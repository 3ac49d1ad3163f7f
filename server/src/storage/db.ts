import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import { openPostgres, openSqlite } from './dialect';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/** SQLite in DATA_DIR by default; PostgreSQL when DATABASE_URL is set. */
export function createDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Db {
  if (config.databaseUrl) return openPostgres({ connectionString: config.databaseUrl });
  return openSqlite(path.join(config.dataDir, 'konsil.sqlite'));
}

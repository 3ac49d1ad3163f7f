/**
 * The app in a process of its own, for tests that kill it with SIGKILL. The
 * parent arranges the database (migrated and seeded) and names it:
 * KONSIL_CHILD_SQLITE=<file>, or KONSIL_CHILD_POSTGRES_URL plus
 * KONSIL_CHILD_SCHEMA. Prints `listening <port>` once it accepts connections.
 * Run with `node --import tsx src/test/collabChildServer.ts` from server/;
 * errors are logged as JSON lines beside it.
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../app';
import { systemClock } from '../clock';
import { createLogger } from '../logger';
import { openPostgres, openSqlite } from '../storage/dialect';
import { testConfig } from './testConfig';

const env = process.env;

function openDatabase() {
  if (env.KONSIL_CHILD_SCHEMA && env.KONSIL_CHILD_POSTGRES_URL) {
    return openPostgres({
      connectionString: env.KONSIL_CHILD_POSTGRES_URL,
      schema: env.KONSIL_CHILD_SCHEMA,
    });
  }
  if (env.KONSIL_CHILD_SQLITE) return openSqlite(env.KONSIL_CHILD_SQLITE);
  throw new Error(
    'collabChildServer: set KONSIL_CHILD_SQLITE or KONSIL_CHILD_POSTGRES_URL and KONSIL_CHILD_SCHEMA',
  );
}

const config = testConfig({
  port: Number(env.KONSIL_CHILD_PORT ?? 0),
  logLevel: env.KONSIL_CHILD_LOG_LEVEL ?? 'error',
});

const app = createApp({
  config,
  db: openDatabase(),
  clock: systemClock,
  logger: createLogger(config.logLevel),
});
app.server.listen(config.port, config.host, () => {
  const { port } = app.server.address() as AddressInfo;
  process.stdout.write(`listening ${port}\n`);
});

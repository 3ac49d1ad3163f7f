import { createApp } from './app';
import { resolveAuditSigningKey } from './audit/signingKey';
import { systemClock } from './clock';
import { RedisLink } from './cluster/redisLink';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { needsSearchIndex, rebuildSearchIndex } from './search/rebuildIndex';
import { createDatabase } from './storage/db';
import { migrateToLatest } from './storage/migrations';
import { DEMO_PASSWORD, DEMO_USERS } from './storage/seed/demoUsers';
import { seedDemoIfEmpty } from './storage/seed/seedDemo';
import { withStartupLock } from './storage/startupLock';

const config = readConfigOrExit();
const logger = createLogger(config.logLevel);
const auditSigningKey = readAuditSigningKeyOrExit();
const db = createDatabase(config);

// Instances of a cluster may start together: one migrates and seeds, the others find it done.
await withStartupLock(db, async () => {
  const applied = await migrateToLatest(db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  if (config.seedDemo && (await seedDemoIfEmpty(db, systemClock.now()))) {
    logger.info('demo data seeded');
  }
  if (await needsSearchIndex(db)) {
    await db.transaction().execute((trx) => rebuildSearchIndex(trx, systemClock.now()));
    logger.info('search index built');
  }
});

const cluster = config.redisUrl ? new RedisLink(config.redisUrl, logger) : undefined;
if (cluster) {
  // An instance that cannot reach the others would serve stale live facts: wait, then give up.
  await cluster.whenUp(15_000);
  logger.info({ instance: cluster.instanceId }, 'joined the cluster');
}

const app = createApp({
  config,
  db,
  clock: systemClock,
  logger,
  auditSigningKey,
  ...(cluster ? { cluster } : {}),
});
app.server.listen(config.port, config.host, () => {
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl ?? `http://localhost:${port}`;
  logger.info(
    {
      url,
      database: config.databaseUrl ? 'postgres' : 'sqlite',
      cluster: cluster ? cluster.instanceId : null,
    },
    'konsil listening',
  );
  if (config.seedDemo) {
    const logins = DEMO_USERS.map((user) => `    ${user.email}`).join('\n');
    process.stdout.write(
      `\n  Konsil is running at ${url}\n\n  Demo logins (password "${DEMO_PASSWORD}"):\n${logins}\n\n`,
    );
  }
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  try {
    await app.close();
    await cluster?.close();
    await db.destroy();
    logger.info('stopped');
    process.exit(0);
  } catch (error) {
    logger.error({ err: { name: (error as Error).name } }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

/** Without its checkpoint key the server could not make the audit log tamper-evident: refuse to start. */
function readAuditSigningKeyOrExit() {
  try {
    return resolveAuditSigningKey(config, logger);
  } catch (error) {
    process.stderr.write(`konsil: audit signing key: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

/** A configuration mistake is the operator's to fix: say what is wrong, without a stack trace. */
function readConfigOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    process.stderr.write(`konsil: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

import { Redis } from 'ioredis';
import pg from 'pg';
import { quoteIdentifier } from '../../src/storage/dialect';

/** What the instances share: one PostgreSQL database and one Redis (under a key prefix). */
export interface ClusterServices {
  databaseUrl: string;
  redisUrl: string;
  redisKeyPrefix: string;
}

/** A service the cluster cannot run without is not there; the message says which and where. */
export class ServiceUnavailable extends Error {
  constructor(
    readonly service: 'postgres' | 'redis',
    message: string,
  ) {
    super(message);
    this.name = 'ServiceUnavailable';
  }
}

/** The database named in `databaseUrl` and the same server's maintenance database. */
function databaseOf(databaseUrl: string): { name: string; maintenanceUrl: string } {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!name) throw new Error(`DATABASE_URL names no database: ${redactedUrl(databaseUrl)}`);
  url.pathname = '/postgres';
  return { name, maintenanceUrl: url.toString() };
}

async function withMaintenanceClient<T>(
  databaseUrl: string,
  work: (client: pg.Client, name: string) => Promise<T>,
): Promise<T> {
  const { name, maintenanceUrl } = databaseOf(databaseUrl);
  const client = new pg.Client({ connectionString: maintenanceUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new ServiceUnavailable(
      'postgres',
      `PostgreSQL is not reachable at ${redactedUrl(maintenanceUrl)}: ${(error as Error).message}`,
    );
  }
  try {
    return await work(client, name);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the cluster's database unless it exists; returns whether it was created. */
export function ensureDatabase(databaseUrl: string): Promise<boolean> {
  return withMaintenanceClient(databaseUrl, async (client, name) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`create database ${quoteIdentifier(name)}`);
    return true;
  });
}

/** Drops a throw-away cluster's database, cutting whatever is still connected to it. */
export function dropDatabase(databaseUrl: string): Promise<void> {
  return withMaintenanceClient(databaseUrl, async (client, name) => {
    await client.query(`drop database if exists ${quoteIdentifier(name)} with (force)`);
  });
}

async function withRedis<T>(redisUrl: string, work: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 3000,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new ServiceUnavailable(
      'redis',
      `Redis is not reachable at ${redactedUrl(redisUrl)}: ${(error as Error).message}`,
    );
  }
  try {
    return await work(redis);
  } finally {
    redis.disconnect();
  }
}

/** Fails fast and clearly: an instance would otherwise wait 15 s for Redis and then give up. */
export function checkRedis(redisUrl: string): Promise<void> {
  return withRedis(redisUrl, async (redis) => {
    await redis.ping();
  });
}

/** Deletes a throw-away cluster's keys (Socket.IO's streams, presence…), found by their prefix. */
export function deleteRedisKeys(redisUrl: string, prefix: string): Promise<number> {
  return withRedis(redisUrl, async (redis) => {
    let deleted = 0;
    // The prefix takes letters, digits, ':', '_' and '-' (config.ts), so it holds no glob syntax.
    for await (const batch of redis.scanStream({ match: `${prefix}*`, count: 200 })) {
      const keys: unknown = batch;
      if (!Array.isArray(keys)) continue;
      const names = keys.filter((key): key is string => typeof key === 'string');
      if (names.length > 0) deleted += await redis.unlink(...names);
    }
    return deleted;
  });
}

/** A URL fit for a log line: its password, if any, left out. */
export function redactedUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(not a URL)';
  }
}

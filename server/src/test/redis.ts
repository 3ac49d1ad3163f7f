import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe } from 'vitest';

/**
 * Cluster suites need Redis. It is used when it answers at TEST_REDIS_URL (default: the local
 * one); without it those suites are skipped with a message — unless KONSIL_REQUIRE_SERVICES is
 * set (CI), where a missing Redis fails the run instead.
 */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const servicesRequired = ['1', 'true'].includes(process.env.KONSIL_REQUIRE_SERVICES ?? '');

/** Why Redis at `url` cannot be used, or null when it answers (also used by the benchmarks). */
export async function redisProblemAt(url: string): Promise<string | null> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2_000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG' ? null : 'no PONG';
  } catch (error) {
    return (error as Error).message || 'connection refused';
  } finally {
    client.disconnect();
  }
}

const redisProblem = await redisProblemAt(TEST_REDIS_URL);
if (redisProblem && servicesRequired) {
  throw new Error(
    `Redis is required (KONSIL_REQUIRE_SERVICES) but not reachable at ${TEST_REDIS_URL}: ${redisProblem}`,
  );
}
if (redisProblem) {
  process.stderr.write(
    `\n[konsil] Redis suites SKIPPED: no server at ${TEST_REDIS_URL} (${redisProblem}). ` +
      'Start Redis or set TEST_REDIS_URL to run them.\n',
  );
}

export const isRedisAvailable = redisProblem === null;

/** A suite that needs Redis: skipped only when Redis is absent and not required. */
export function describeWithRedis(name: string, suite: () => void): void {
  describe.skipIf(!isRedisAvailable)(name, suite);
}

/** A key prefix of its own, so that test files sharing one Redis never hear each other. */
export function uniqueRedisPrefix(): string {
  return `konsil-test-${randomBytes(5).toString('hex')}:`;
}

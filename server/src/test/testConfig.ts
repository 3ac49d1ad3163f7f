import { generateKeyPairSync } from 'node:crypto';
import type { Config } from '../config';

/** One checkpoint signing key per test process; tests of the key file pass `auditSigningKey: null`. */
const TEST_AUDIT_SIGNING_KEY = generateKeyPairSync('ed25519').privateKey;

/** The config every test server runs with: loopback only, no files, generous flood guard. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    databaseUrl: null,
    redisUrl: null,
    redisKeyPrefix: 'konsil:',
    extraAllowedOrigins: [],
    publicUrl: null,
    // Lets tests act from several client addresses via X-Forwarded-For.
    trustProxy: ['loopback'],
    cookieSecure: 'auto',
    logLevel: 'silent',
    seedDemo: false,
    apiRateLimitPerMinute: 10_000,
    clientDist: '/nonexistent',
    auditSigningKey: TEST_AUDIT_SIGNING_KEY,
    // No timer: tests sign checkpoints when they say so.
    auditCheckpointIntervalMinutes: 0,
    ...overrides,
  };
}

import type { Config } from '../config';

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
    ...overrides,
  };
}

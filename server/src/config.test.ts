import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to SQLite in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.seedDemo).toBe(false);
  });

  it('reads PostgreSQL, allowed origins and the demo flag', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/konsil',
      ALLOWED_ORIGINS: 'https://konsil.example.org, https://board.example.org/path',
      SEED_DEMO: 'true',
    });
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/konsil');
    expect(config.extraAllowedOrigins).toEqual([
      'https://konsil.example.org',
      'https://board.example.org',
    ]);
    expect(config.seedDemo).toBe(true);
  });

  it('refuses invalid values with a readable message', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ COOKIE_SECURE: 'sometimes' })).toThrow(/COOKIE_SECURE/);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });

  it('reads the trusted proxies as a list', () => {
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
    ]);
    expect(loadConfig({}).trustProxy).toEqual([]);
  });

  it('joins a cluster only on PostgreSQL: REDIS_URL with SQLite refuses to start', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(
      /SQLite file cannot be shared/,
    );
    const cluster = loadConfig({
      REDIS_URL: 'redis://127.0.0.1:6379',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/konsil',
    });
    expect(cluster.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(cluster.redisKeyPrefix).toBe('konsil:');
    expect(loadConfig({}).redisUrl).toBeNull();
    expect(() => loadConfig({ REDIS_URL: 'http://redis' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ REDIS_KEY_PREFIX: 'a b' })).toThrow(/REDIS_KEY_PREFIX/);
  });
});

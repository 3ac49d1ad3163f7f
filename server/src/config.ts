import type { KeyObject } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import { parsePrivateKey } from './audit/signingKey';
import { loadOidcSettings, NO_OIDC, type OidcSettings } from './auth/oidc/oidcConfig';

const here = path.dirname(fileURLToPath(import.meta.url));

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// or rediss:// URL')
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,40}$/, 'REDIS_KEY_PREFIX takes letters, digits, ":", "_" and "-"')
    .default('konsil:'),
  ALLOWED_ORIGINS: z.string().default(''),
  PUBLIC_URL: z.url().optional(),
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine(
      (entries) => {
        try {
          proxyAddr.compile(entries);
          return true;
        } catch {
          return false;
        }
      },
      {
        message:
          'TRUST_PROXY takes proxy addresses or subnets, or loopback / linklocal / uniquelocal',
      },
    ),
  COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: booleanFromEnv,
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  CLIENT_DIST: z.string().optional(),
  OIDC_CONFIG: z.string().optional(),
  AUDIT_SIGNING_KEY: z.string().optional(),
  AUDIT_CHECKPOINT_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(0, 'AUDIT_CHECKPOINT_INTERVAL_MINUTES takes minutes, 0 to sign only on demand')
    .max(10_080)
    .default(60),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL when set; otherwise SQLite in `dataDir`. */
  databaseUrl: string | null;
  /** Set: this process is one instance of a cluster linked through Redis (needs PostgreSQL). */
  redisUrl: string | null;
  /** Prefix of every Redis key and channel, so that several clusters can share one Redis. */
  redisKeyPrefix: string;
  /** Extra origins allowed to change state, besides the server's own. */
  extraAllowedOrigins: string[];
  publicUrl: string | null;
  /** Proxies whose X-Forwarded-For is believed (addresses, subnets, `loopback`…); empty: none. */
  trustProxy: string[];
  cookieSecure: 'auto' | 'always' | 'never';
  logLevel: string;
  seedDemo: boolean;
  /** Requests per minute per client address on the API and socket handshakes (flood guard). */
  apiRateLimitPerMinute: number;
  clientDist: string;
  /** Hospital identity providers by institution code (the OIDC_CONFIG file); absent: none. */
  oidc?: OidcSettings;
  /** Ed25519 key signing audit checkpoints (AUDIT_SIGNING_KEY); null: the key file in `dataDir`. */
  auditSigningKey: KeyObject | null;
  /** Minutes between audit checkpoints; 0: only on demand. */
  auditCheckpointIntervalMinutes: number;
}

/** Reads and validates the environment once; throws a readable error on bad values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  if (values.REDIS_URL && !values.DATABASE_URL) {
    throw new Error(
      'Invalid configuration:\n  REDIS_URL: several instances need one shared database; ' +
        'a SQLite file cannot be shared. Set DATABASE_URL to PostgreSQL, or unset REDIS_URL ' +
        'to run a single instance.',
    );
  }
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(values.DATA_DIR),
    databaseUrl: values.DATABASE_URL ?? null,
    redisUrl: values.REDIS_URL ?? null,
    redisKeyPrefix: values.REDIS_KEY_PREFIX,
    extraAllowedOrigins: parseOrigins(values.ALLOWED_ORIGINS),
    publicUrl: values.PUBLIC_URL ?? null,
    trustProxy: values.TRUST_PROXY,
    cookieSecure: values.COOKIE_SECURE,
    logLevel: values.LOG_LEVEL,
    seedDemo: values.SEED_DEMO,
    apiRateLimitPerMinute: values.API_RATE_LIMIT_PER_MINUTE,
    // Same relative depth from src/ (tsx) and dist/ (bundle).
    clientDist: path.resolve(values.CLIENT_DIST ?? path.join(here, '../../client/dist')),
    oidc: values.OIDC_CONFIG ? loadOidcSettings(values.OIDC_CONFIG, env) : NO_OIDC,
    auditSigningKey: readSigningKeyFromEnv(values.AUDIT_SIGNING_KEY),
    auditCheckpointIntervalMinutes: values.AUDIT_CHECKPOINT_INTERVAL_MINUTES,
  };
}

function readSigningKeyFromEnv(text: string | undefined): KeyObject | null {
  if (text === undefined || text.trim() === '') return null;
  try {
    return parsePrivateKey(text, 'AUDIT_SIGNING_KEY');
  } catch (error) {
    throw new Error(`Invalid configuration:\n  ${(error as Error).message}`);
  }
}

function parseOrigins(list: string): string[] {
  return list
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => new URL(origin).origin);
}

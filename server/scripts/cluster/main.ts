// `npm run cluster`: two instances of the built server on PostgreSQL and Redis behind one load
// balancer. With --disposable (the e2e journey): a fresh database and Redis key prefix, dropped
// when it stops, free ports, a machine-readable "ready" line, and a stop when stdin closes.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { type RunningCluster, startCluster } from './cluster';
import { redactedUrl, ServiceUnavailable } from './clusterServices';
import { type ClusterReadyReport, EXIT_SERVICE_UNAVAILABLE, READY_MARKER } from './readyReport';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/konsil_cluster';
const INSTANCE_NAMES = ['a', 'b'];

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .default(DEFAULT_DATABASE_URL),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL')
    .default('redis://127.0.0.1:6379'),
  REDIS_KEY_PREFIX: z.string().optional(),
  BALANCER_PORT: z.coerce.number().int().min(0).max(65533).optional(),
  PORT: z.coerce.number().int().min(0).max(65533).optional(),
  HOST: z.string().optional(),
  ALLOWED_ORIGINS: z.string().default(''),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.string().default('warn'),
  SEED_DEMO: z.string().default('true'),
});

const isDisposable = process.argv.includes('--disposable');
const env = readEnvOrExit();
const suffix = randomBytes(4).toString('hex');
const databaseUrl = isDisposable
  ? withDatabase(env.DATABASE_URL, `konsil_e2e_${suffix}`)
  : env.DATABASE_URL;
const redisKeyPrefix = isDisposable ? `konsil-e2e-${suffix}:` : (env.REDIS_KEY_PREFIX ?? 'konsil:');
const output = (line: string) => process.stdout.write(`${line}\n`);
let stopping = false;

const starting = startCluster({
  databaseUrl,
  redisUrl: env.REDIS_URL,
  redisKeyPrefix,
  balancerPort: env.BALANCER_PORT ?? env.PORT ?? (isDisposable ? 0 : 3000),
  balancerHost: env.HOST ?? (isDisposable ? '127.0.0.1' : '0.0.0.0'),
  instanceNames: INSTANCE_NAMES,
  instanceEnv: {
    LOG_LEVEL: env.LOG_LEVEL,
    SEED_DEMO: env.SEED_DEMO,
    ...(env.PUBLIC_URL ? { PUBLIC_URL: env.PUBLIC_URL } : {}),
  },
  extraOrigins: env.ALLOWED_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
  isDisposable,
  output,
});

async function stop(reason: string) {
  if (stopping) return;
  stopping = true;
  output(`\nstopping the cluster (${reason})`);
  try {
    // A stop asked for while starting waits for the start: nothing is left running behind it.
    await (await starting).stop();
    process.exit(0);
  } catch (error) {
    process.stderr.write(`konsil cluster: stopping failed: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
if (isDisposable) {
  // Whoever started us is gone (or done) when our stdin closes: never outlive it.
  process.stdin.on('end', () => void stop('stdin closed'));
  process.stdin.resume();
}

let cluster: RunningCluster;
try {
  cluster = await starting;
} catch (error) {
  process.stderr.write(`konsil cluster: ${(error as Error).message}\n`);
  process.exit(error instanceof ServiceUnavailable ? EXIT_SERVICE_UNAVAILABLE : 1);
}

for (const instance of cluster.instances) {
  void instance.exited.then((how) => {
    if (stopping) return;
    const survivors = cluster.instances
      .filter((other) => other.isRunning())
      .map((other) => other.name);
    output(
      `\n  instance ${instance.name} is gone (${how}); the balancer sends its browsers to ` +
        `${survivors.join(', ') || 'nobody — no instance is left'}.\n`,
    );
  });
}

if (isDisposable) {
  const report: ClusterReadyReport = {
    url: cluster.url,
    instances: cluster.instances.map(({ name, port, pid }) => ({ name, port, pid })),
  };
  output(`${READY_MARKER}${JSON.stringify(report)}`);
} else {
  const pids = cluster.instances.map(
    (instance) => `    ${instance.name}: pid ${instance.pid}, port ${instance.port}`,
  );
  const first = cluster.instances[0];
  output(
    [
      '',
      `  Konsil cluster: open http://localhost:${cluster.balancer.port}`,
      `  (balancer in front of ${cluster.instances.length} instances; database ${redactedUrl(databaseUrl)}, Redis ${redactedUrl(env.REDIS_URL)} under "${redisKeyPrefix}")`,
      ...pids,
      '',
      '  A browser stays on one instance (cookie konsil_instance). To try failover, open a live',
      `  board in two browsers, then kill -9 ${first?.pid ?? '<pid>'} (instance ${first?.name ?? 'a'}):`,
      '  its browsers reconnect through the balancer to the other instance within seconds.',
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function readEnvOrExit(): z.infer<typeof EnvSchema> {
  const parsed = EnvSchema.safeParse(process.env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  process.stderr.write(`konsil cluster: invalid configuration:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}

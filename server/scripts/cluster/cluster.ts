import { existsSync } from 'node:fs';
import { type Balancer, startBalancer } from './balancer';
import {
  type ClusterServices,
  checkRedis,
  deleteRedisKeys,
  dropDatabase,
  ensureDatabase,
} from './clusterServices';
import { freePort } from './freePort';
import { type InstanceProcess, SERVER_ENTRY, startInstance } from './instanceProcess';

export interface ClusterOptions extends ClusterServices {
  /** The balancer's port; 0 picks free ports for the balancer and the instances. */
  balancerPort: number;
  /** Where the balancer listens (instances listen on 127.0.0.1, reached only through it). */
  balancerHost: string;
  /** One instance per name; a name is what the sticky cookie holds. */
  instanceNames: readonly string[];
  /** Settings passed to every instance (LOG_LEVEL, SEED_DEMO…); the cluster's own win. */
  instanceEnv: Record<string, string>;
  /** Extra origins browsers may come from, besides the balancer's own. */
  extraOrigins: readonly string[];
  /** A throw-away cluster: its database and Redis keys are dropped when it stops. */
  isDisposable: boolean;
  /** Every line of output: the cluster's own and each instance's, prefixed with its name. */
  output: (line: string) => void;
}

export interface RunningCluster {
  /** The one address browsers use: the balancer. */
  url: string;
  balancer: Balancer;
  instances: InstanceProcess[];
  /** Stops the balancer and the instances; a disposable cluster's data goes too. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 90_000;

/**
 * Starts a cluster on one machine: the database made sure of, the instances of the built server
 * on PostgreSQL and Redis, and the balancer in front; resolves once every instance is ready.
 * `npm run cluster` and the cluster e2e journey both start theirs here.
 */
export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: build first (pnpm run build)`);
  }
  // Redis first: a disposable database is created only once the cluster can really start.
  await checkRedis(options.redisUrl);
  if (await ensureDatabase(options.databaseUrl)) options.output('created the cluster database');

  const running: { balancer: Balancer | null; instances: InstanceProcess[] } = {
    balancer: null,
    instances: [],
  };
  const stop = async () => {
    await running.balancer?.close();
    await Promise.all(running.instances.map((instance) => instance.stop()));
    if (options.isDisposable) {
      await dropDatabase(options.databaseUrl);
      await deleteRedisKeys(options.redisUrl, options.redisKeyPrefix);
    }
  };
  try {
    const balancer = await startBalancerAndInstances(options, running);
    await allReady(balancer, running.instances);
    return { url: balancer.url, balancer, instances: running.instances, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Starts the balancer, then the instances (they need its origin); each is kept in `running`. */
async function startBalancerAndInstances(
  options: ClusterOptions,
  running: { balancer: Balancer | null; instances: InstanceProcess[] },
): Promise<Balancer> {
  const instancePorts = await portsForInstances(options);
  const balancer = await startBalancer({
    instances: options.instanceNames.map((name, index) => ({
      name,
      host: '127.0.0.1',
      port: instancePorts[index] ?? 0,
    })),
    port: options.balancerPort,
    host: options.balancerHost,
    log: (line) => options.output(`[balancer] ${line}`),
  });
  running.balancer = balancer;
  // Browsers reach the instances only through the balancer, so its origin is theirs.
  const origins = [
    `http://localhost:${balancer.port}`,
    `http://127.0.0.1:${balancer.port}`,
    ...options.extraOrigins,
  ];
  const env: Record<string, string> = {
    ...options.instanceEnv,
    HOST: '127.0.0.1',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    REDIS_KEY_PREFIX: options.redisKeyPrefix,
    // X-Forwarded-For from the balancer on this machine is believed: rate limits and the audit
    // log see the browser's address, not the balancer's.
    TRUST_PROXY: 'loopback',
    PUBLIC_URL: options.instanceEnv.PUBLIC_URL ?? `http://localhost:${balancer.port}`,
    ALLOWED_ORIGINS: origins.join(','),
  };
  for (const [index, name] of options.instanceNames.entries()) {
    running.instances.push(startInstance(name, instancePorts[index] ?? 0, env, options.output));
  }
  return balancer;
}

/** Next to the balancer's port (3001, 3002 for 3000), or free ports when it takes a free one. */
async function portsForInstances(options: ClusterOptions): Promise<number[]> {
  const ports: number[] = [];
  for (const [index] of options.instanceNames.entries()) {
    ports.push(options.balancerPort === 0 ? await freePort() : options.balancerPort + index + 1);
  }
  return ports;
}

/** Every instance answers /readyz through the balancer's eyes, or one died trying. */
function allReady(balancer: Balancer, instances: InstanceProcess[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const isDone = () =>
      balancer.pool.instances.every((instance) => balancer.pool.isHealthy(instance));
    const finish = (error?: Error) => {
      clearInterval(poll);
      clearTimeout(giveUp);
      if (error) reject(error);
      else resolve();
    };
    const poll = setInterval(() => {
      if (isDone()) finish();
    }, 100);
    const giveUp = setTimeout(
      () => finish(new Error(`the instances were not ready within ${READY_TIMEOUT_MS / 1000} s`)),
      READY_TIMEOUT_MS,
    );
    for (const instance of instances) {
      void instance.exited.then((how) =>
        finish(
          new Error(
            `instance ${instance.name} exited (${how}) while starting:\n${instance.lastLines()}`,
          ),
        ),
      );
    }
  });
}

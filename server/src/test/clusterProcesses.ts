import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe } from 'vitest';
import { type Balancer, startBalancer } from '../../scripts/cluster/balancer';
import { freePort } from '../../scripts/cluster/freePort';
import { OwnRedisServer } from '../cluster/ownRedisServer';
import type { Db } from '../storage/db';
import { quoteIdentifier } from '../storage/dialect';
import { arrangeChildDatabase, type ChildDatabase } from './childServer';
import { isDialectAvailable, TEST_POSTGRES_URL, withSchemaLock } from './databases';

/**
 * Konsil as a cluster, for tests: real instances started as `npm start` starts them (the real
 * entry point, through tsx) on one fresh PostgreSQL schema and one Redis of their own. The
 * harness owns that Redis (a `redis-server` on a free port) so that a test can stop and start it.
 */

const serverDir = path.resolve(import.meta.dirname, '../..');
const servicesRequired = ['1', 'true'].includes(process.env.KONSIL_REQUIRE_SERVICES ?? '');

/** How long an instance or Redis may take to start on a busy machine. */
const START_WITHIN_MS = 30_000;

const redisServerProblem = (() => {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error) return probe.error.message;
  return probe.status === 0 ? null : `redis-server --version exited with ${probe.status}`;
})();
if (redisServerProblem && servicesRequired) {
  throw new Error(
    `redis-server is required (KONSIL_REQUIRE_SERVICES) to run cluster suites: ${redisServerProblem}`,
  );
}
if (redisServerProblem) {
  process.stderr.write(
    `\n[konsil] cluster suites SKIPPED: cannot run redis-server (${redisServerProblem}).\n`,
  );
}

/** A suite of real instances: skipped only when PostgreSQL or redis-server is absent and not required. */
export function describeCluster(name: string, suite: () => void): void {
  describe.skipIf(redisServerProblem !== null || !isDialectAvailable('postgres'))(name, suite);
}

export interface Instance {
  name: string;
  baseUrl: string;
  process: ChildProcess;
  /** Resolves with the signal (or exit code) once the process is gone. */
  exited: Promise<string | number | null>;
  /** What it printed, for failure messages. */
  output(): string;
}

/** Collects a child's output and resolves with the first value `find` reads from it. */
export function watchOutput<T>(
  child: ChildProcess,
  what: string,
  find: (output: string) => T | null,
): { found: Promise<T>; exited: Promise<string | number | null>; output: () => string } {
  let output = '';
  const exited = new Promise<string | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  const found = new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${what} did not start within ${START_WITHIN_MS} ms:\n${output}`));
    }, START_WITHIN_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const value = find(output);
      if (value === null) return;
      clearTimeout(timer);
      resolve(value);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited early (${how}):\n${output}`));
    });
  });
  // A rejection after the start succeeded (the process died later) is for `exited` to report.
  found.catch(() => undefined);
  return { found, exited, output: () => output };
}

/** The port of the `konsil listening` log line (pino writes one JSON object per line). */
export function listeningPort(output: string): number | null {
  for (const line of output.split('\n')) {
    if (!line.includes('konsil listening')) continue;
    const port = /"url":"http:\/\/[^"]*:(\d+)"/.exec(line)?.[1];
    if (port) return Number(port);
  }
  return null;
}

export class Cluster {
  readonly redisUrl: string;
  /** Where the balancer serves (or would serve) the cluster: every instance allows this Origin. */
  readonly origin: string;
  /** Its own, though the Redis is too: nothing it writes can be mistaken for another run's. */
  readonly keyPrefix = `konsil-cluster-${randomBytes(5).toString('hex')}:`;
  private readonly instances = new Map<string, Instance>();
  private balancer: Balancer | null = null;

  private constructor(
    private readonly database: ChildDatabase,
    private readonly schema: string,
    /** The test process's own connection to the cluster's schema, to arrange and check data. */
    readonly db: Db,
    private readonly redis: OwnRedisServer,
    private readonly balancerPort: number,
  ) {
    this.redisUrl = redis.url;
    this.origin = `http://127.0.0.1:${balancerPort}`;
    // A test run that dies before destroy() must not leave instances or a Redis behind.
    process.once('exit', this.killAllNow);
  }

  private readonly killAllNow = () => {
    for (const instance of this.instances.values()) instance.process.kill('SIGKILL');
    void this.redis.kill();
  };

  /** A migrated schema with the demo people, and a Redis of its own; no instance yet. */
  static async create(): Promise<Cluster> {
    const database = await arrangeChildDatabase('postgres');
    const schema = database.env.KONSIL_CHILD_SCHEMA;
    if (!schema) throw new Error('the child database names no schema');
    const redis = await OwnRedisServer.start({ keepsData: false });
    return new Cluster(database, schema, database.open(), redis, await freePort());
  }

  private get databaseUrl(): string {
    const url = new URL(TEST_POSTGRES_URL);
    url.searchParams.set('options', `-c search_path=${quoteIdentifier(this.schema)}`);
    return url.toString();
  }

  /** Starts the real entry point as instance `name`; resolves once it listens. */
  async start(name: string): Promise<Instance> {
    if (this.instances.has(name)) throw new Error(`instance ${name} is already running`);
    // Its start-up migrator reads every schema's catalog: no test worker may drop one meanwhile.
    const instance = await withSchemaLock('postgres', () => this.spawnInstance(name));
    this.instances.set(name, instance);
    return instance;
  }

  private async spawnInstance(name: string): Promise<Instance> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: serverDir,
      env: {
        ...process.env,
        DATABASE_URL: this.databaseUrl,
        REDIS_URL: this.redisUrl,
        REDIS_KEY_PREFIX: this.keyPrefix,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        SEED_DEMO: 'false',
        ALLOWED_ORIGINS: this.origin,
        // Every test client comes from 127.0.0.1: the flood guard must not take them for a flood.
        API_RATE_LIMIT_PER_MINUTE: '100000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const watched = watchOutput(child, `instance ${name}`, listeningPort);
    const port = await watched.found.catch((error: unknown) => {
      child.kill('SIGKILL');
      throw error;
    });
    return {
      name,
      baseUrl: `http://127.0.0.1:${port}`,
      process: child,
      exited: watched.exited,
      output: watched.output,
    };
  }

  instance(name: string): Instance {
    const instance = this.instances.get(name);
    if (!instance) throw new Error(`no instance ${name} is running`);
    return instance;
  }

  /**
   * The cluster's load balancer (the one `npm run cluster` runs) in front of the instances
   * running now, at `origin`. A browser stays on the instance its `konsil_instance` cookie names
   * while that one is healthy.
   */
  async startBalancer(): Promise<Balancer> {
    if (this.balancer) throw new Error('the balancer is already running');
    this.balancer = await startBalancer({
      instances: [...this.instances.values()].map((instance) => ({
        name: instance.name,
        host: '127.0.0.1',
        port: Number(new URL(instance.baseUrl).port),
      })),
      port: this.balancerPort,
      healthIntervalMs: 500,
    });
    return this.balancer;
  }

  /** Ends instance `name` with `signal` (kill -9 by default); resolves once it is gone. */
  async kill(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<string | number | null> {
    const instance = this.instance(name);
    this.instances.delete(name);
    instance.process.kill(signal);
    return instance.exited;
  }

  /** Starts the cluster's Redis again, on the same port, empty; resolves once it answers. */
  startRedis(): Promise<void> {
    return this.redis.resume();
  }

  /** Stops the cluster's Redis as an outage would (kill -9); resolves once it is gone. */
  stopRedis(): Promise<void> {
    return this.redis.kill();
  }

  /** The last `chars` characters each running instance printed, for a failure report. */
  recentOutput(chars = 4_000): string {
    return [...this.instances.values()]
      .map((instance) => `--- instance ${instance.name}\n${instance.output().slice(-chars)}`)
      .join('\n');
  }

  /** Kills every instance and Redis, and drops the schema. */
  async destroy(): Promise<void> {
    process.off('exit', this.killAllNow);
    await this.balancer?.close();
    await Promise.all([...this.instances.keys()].map((name) => this.kill(name)));
    await this.redis.destroy();
    await this.db.destroy();
    await this.database.destroy();
  }
}

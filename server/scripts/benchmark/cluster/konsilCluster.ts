/**
 * Konsil as a cluster for the benchmark: a fresh PostgreSQL schema and a
 * Redis key prefix of its own, and instances started as `npm start` starts
 * them — the real entry point (src/index.ts, through tsx) with DATABASE_URL,
 * REDIS_URL and REDIS_KEY_PREFIX set — each pinned to a core with `taskset`.
 * Its CPU time and memory are read from Linux /proc.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import type { Db } from '../../../src/storage/db';
import { openPostgres, quoteIdentifier } from '../../../src/storage/dialect';
import { migrateToLatest } from '../../../src/storage/migrations';
// The test suites' lock for schema-wide work: Kysely's migrator reads every schema's catalog, and
// the benchmark may run while tests drop theirs.
import { withSchemaLock } from '../../../src/test/databases';
import { redisProblemAt } from '../../../src/test/redis';
import { freePort } from '../../cluster/freePort';
import { POSTGRES_URL } from '../benchDatabase';
import { readCpu, readMemory, type ServerMemory } from '../notes/serverProcess';
import { sleep } from '../notes/waiting';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const READY_WITHIN_MS = 60_000;
const STOP_WITHIN_MS = 15_000;
/**
 * Time every thread of process `pid` has spent on a CPU, ms, from the
 * scheduler's own count (/proc/<pid>/task/<tid>/schedstat, in ns). Unlike
 * utime + stime, which move in 10 ms ticks, it can time windows of a few
 * milliseconds, such as one live advance.
 */
function onCpuMs(pid: number): number {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return ns / 1e6;
}

export interface Instance {
  name: string;
  pid: number;
  baseUrl: string;
  /** Time on a CPU of every thread of the process, ms (schedstat). */
  cpuMs(): number;
  /** stime: the kernel's work for it, ms (in 10 ms ticks). */
  systemCpuMs(): number;
  memory(): ServerMemory;
}

interface Running extends Instance {
  child: ChildProcess;
  exited: Promise<void>;
}

/** The last lines a process wrote, for an error message. */
function keepTail(child: ChildProcess): () => string {
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => tail;
}

export class KonsilCluster {
  readonly keyPrefix = `konsil-bench-${randomBytes(5).toString('hex')}:`;
  private readonly instances: Running[] = [];

  private constructor(
    readonly schema: string,
    /** The driver's own connection to the schema, to seed and count. */
    readonly db: Db,
    private readonly admin: Db,
  ) {}

  /** A fresh, migrated schema; no instance yet. */
  static async create(): Promise<KonsilCluster> {
    const schema = `konsil_bench_${randomBytes(6).toString('hex')}`;
    const admin = openPostgres({ connectionString: POSTGRES_URL, maxConnections: 1 });
    await sql`create schema ${sql.raw(quoteIdentifier(schema))}`.execute(admin);
    const db = openPostgres({ connectionString: POSTGRES_URL, schema, maxConnections: 4 });
    const cluster = new KonsilCluster(schema, db, admin);
    try {
      await withSchemaLock('postgres', () => migrateToLatest(db));
    } catch (error) {
      await cluster.destroy();
      throw error;
    }
    return cluster;
  }

  /** Where the instances find the schema: the URL with its search_path. */
  private get databaseUrl(): string {
    const url = new URL(POSTGRES_URL);
    url.searchParams.set('options', `-c search_path=${quoteIdentifier(this.schema)}`);
    return url.toString();
  }

  /** Starts instance `name` on core(s) `cpu`; resolves once its /readyz answers 200. */
  async start(name: string, cpu: string): Promise<Instance> {
    const port = await freePort();
    const child = spawn(
      'taskset',
      ['-c', cpu, process.execPath, '--import', 'tsx', 'src/index.ts'],
      {
        cwd: SERVER_DIR,
        env: {
          ...process.env,
          DATABASE_URL: this.databaseUrl,
          REDIS_URL,
          REDIS_KEY_PREFIX: this.keyPrefix,
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          SEED_DEMO: 'false',
          // Hundreds of clients come from 127.0.0.1: the flood guard would stop them.
          API_RATE_LIMIT_PER_MINUTE: '1000000',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const pid = child.pid;
    if (pid === undefined) throw new Error(`Could not start instance ${name}`);
    const tail = keepTail(child);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const instance: Running = {
      name,
      pid,
      baseUrl: `http://127.0.0.1:${port}`,
      cpuMs: () => onCpuMs(pid),
      systemCpuMs: () => readCpu(pid).systemMs,
      memory: () => readMemory(pid),
      child,
      exited,
    };
    this.instances.push(instance);
    // Its start-up migrator reads every schema's catalog, as ours did.
    await withSchemaLock('postgres', () => this.whenReady(instance, tail));
    return instance;
  }

  private async whenReady(instance: Running, tail: () => string): Promise<void> {
    const deadline = performance.now() + READY_WITHIN_MS;
    let hasExited = false;
    void instance.exited.then(() => {
      hasExited = true;
    });
    while (performance.now() < deadline && !hasExited) {
      const status = await fetch(`${instance.baseUrl}/readyz`)
        .then((response) => response.status)
        .catch(() => 0);
      if (status === 200) return;
      await sleep(100);
    }
    throw new Error(`Instance ${instance.name} did not become ready:\n${tail()}`);
  }

  /** Asks every instance to shut down (SIGTERM), killing those that hang. */
  async stopInstances(): Promise<void> {
    const running = this.instances.splice(0);
    await Promise.all(
      running.map(async (instance) => {
        if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
        instance.child.kill('SIGTERM');
        const timer = setTimeout(() => instance.child.kill('SIGKILL'), STOP_WITHIN_MS);
        await instance.exited;
        clearTimeout(timer);
      }),
    );
  }

  /** Stops the instances, drops the schema and removes the cluster's Redis keys. */
  async destroy(): Promise<void> {
    await this.stopInstances();
    await this.db.destroy().catch(() => undefined);
    await withSchemaLock('postgres', () =>
      sql`drop schema if exists ${sql.raw(quoteIdentifier(this.schema))} cascade`.execute(
        this.admin,
      ),
    ).catch(() => undefined);
    await this.admin.destroy().catch(() => undefined);
    await removeRedisKeys(this.keyPrefix).catch(() => undefined);
  }
}

/** Deletes every key under `prefix` (streams, presence, leases) once the instances are gone. */
async function removeRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** The reason Redis cannot be used, or null when it answers. */
export function redisProblem(): Promise<string | null> {
  return redisProblemAt(REDIS_URL);
}

/** Redis's own CPU time (user + system) so far, ms, from INFO: it works for the cluster too. */
export async function redisCpuMs(): Promise<number | null> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const info = await redis.info('cpu');
    const seconds = (key: string) => Number(new RegExp(`^${key}:([\\d.]+)`, 'm').exec(info)?.[1]);
    const total = seconds('used_cpu_user') + seconds('used_cpu_sys');
    return Number.isFinite(total) ? total * 1000 : null;
  } catch {
    return null;
  } finally {
    redis.disconnect();
  }
}

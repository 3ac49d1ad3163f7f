import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  type ClusterReadyReport,
  EXIT_SERVICE_UNAVAILABLE,
  READY_MARKER,
} from '../../server/scripts/cluster/readyReport';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server');
const KEPT_LINES = 200;

export type ClusterInstance = ClusterReadyReport['instances'][number];

/** Why no cluster could start: PostgreSQL or Redis is not there. */
export interface ServicesMissing {
  missing: string;
}

/**
 * A throw-away Konsil cluster for one journey, started the way `npm run cluster` starts one
 * (server/scripts/cluster/main.ts --disposable): two built instances on a fresh PostgreSQL
 * database and the local Redis under a key prefix of its own, behind the load balancer, on free
 * ports. Stopping it drops the database and the keys.
 */
export class ClusterProcess {
  private constructor(
    private readonly child: ChildProcess,
    private readonly report: ClusterReadyReport,
    private readonly lines: string[],
    private readonly exited: Promise<number | string | null>,
  ) {}

  static start(): Promise<ClusterProcess | ServicesMissing> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/cluster/main.ts', '--disposable'],
      {
        cwd: serverDir,
        // The driver stops everything when this pipe closes, even if this process dies first.
        stdio: ['pipe', 'pipe', 'pipe'],
        env: {
          ...process.env,
          LOG_LEVEL: 'warn',
          ...(process.env.TEST_POSTGRES_URL ? { DATABASE_URL: process.env.TEST_POSTGRES_URL } : {}),
          ...(process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL } : {}),
        },
      },
    );
    const lines: string[] = [];
    const exited = new Promise<number | string | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? code)),
    );
    return new Promise((resolve, reject) => {
      for (const stream of [child.stdout, child.stderr]) {
        if (!stream) continue;
        createInterface({ input: stream }).on('line', (line) => {
          lines.push(line);
          if (lines.length > KEPT_LINES) lines.shift();
          if (!line.startsWith(READY_MARKER)) return;
          const report: ClusterReadyReport = JSON.parse(line.slice(READY_MARKER.length));
          resolve(new ClusterProcess(child, report, lines, exited));
        });
      }
      void exited.then((how) => {
        if (how === EXIT_SERVICE_UNAVAILABLE) resolve({ missing: lines.join('\n') });
        else
          reject(
            new Error(`the cluster exited (${how}) before it was ready:\n${lines.join('\n')}`),
          );
      });
    });
  }

  /** The balancer: the address every browser and API client of the journey uses. */
  get url(): string {
    return this.report.url;
  }

  instance(name: string): ClusterInstance {
    const found = this.report.instances.find((instance) => instance.name === name);
    if (!found) throw new Error(`The cluster has no instance ${name}`);
    return found;
  }

  /** `kill -9`: the instance dies without a goodbye to anyone. */
  killHard(name: string): void {
    process.kill(this.instance(name).pid, 'SIGKILL');
  }

  /** What the cluster printed last (instances prefixed with their names), for a failure. */
  output(): string {
    return this.lines.join('\n');
  }

  /** Stops the balancer and the instances and drops the database; resolves once all is gone. */
  async stop(): Promise<void> {
    this.child.stdin?.end();
    this.child.kill('SIGTERM');
    const how = await this.exited;
    if (how !== 0) throw new Error(`the cluster did not stop cleanly (${how}):\n${this.output()}`);
  }
}

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/cluster/freePort';

const START_WITHIN_MS = 15_000;

/**
 * A `redis-server` of a test's own, on a free port, that the test may kill (-9, as an outage)
 * and start again on the same port. With `keepsData` every write is appended to a file first,
 * so it comes back with what it held; without, it comes back empty.
 */
export class OwnRedisServer {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    private readonly port: number,
    private readonly dir: string,
    private readonly keepsData: boolean,
  ) {}

  static async start(options: { keepsData: boolean }): Promise<OwnRedisServer> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'konsil-redis-'));
    const server = new OwnRedisServer(await freePort(), dir, options.keepsData);
    await server.resume();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts it (again); resolves once it accepts connections. */
  async resume(): Promise<void> {
    if (this.child) throw new Error('redis-server is already running');
    const persistence = this.keepsData
      ? ['--appendonly', 'yes', '--appendfsync', 'always']
      : ['--appendonly', 'no'];
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', ''];
    const child = spawn('redis-server', [...args, '--dir', this.dir, ...persistence], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`redis-server did not start:\n${output}`)),
        START_WITHIN_MS,
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (!output.includes('Ready to accept connections')) return;
        clearTimeout(timer);
        resolve();
      });
      void this.exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited early:\n${output}`));
      });
    }).catch((error: unknown) => {
      child.kill('SIGKILL');
      this.child = null;
      throw error;
    });
  }

  /** kill -9: an outage, with no chance to save or say goodbye. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    child.kill('SIGKILL');
    await this.exited;
  }

  async destroy(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

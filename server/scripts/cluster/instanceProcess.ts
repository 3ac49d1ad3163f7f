import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const serverDir = path.resolve(import.meta.dirname, '../..');
/** The built server, as `npm start` runs it. */
export const SERVER_ENTRY = path.join(serverDir, 'dist', 'index.js');
const STOP_GRACE_MS = 10_000;
const KEPT_LINES = 40;

export interface InstanceProcess {
  name: string;
  port: number;
  pid: number;
  /** Resolves with the signal (or exit code) once the process is gone. */
  exited: Promise<string | number | null>;
  isRunning(): boolean;
  /** Its last lines of output, for a failure message. */
  lastLines(): string;
  /** SIGTERM (the server's graceful shutdown), SIGKILL if it is still there after 10 s. */
  stop(): Promise<void>;
}

/** Starts one instance of the built server; every line it prints goes to `output` with its name. */
export function startInstance(
  name: string,
  port: number,
  env: Record<string, string>,
  output: (line: string) => void,
): InstanceProcess {
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: path.dirname(serverDir),
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`instance ${name} did not start`);
  const recent: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      recent.push(line);
      if (recent.length > KEPT_LINES) recent.shift();
      output(`[${name}] ${line}`);
    });
  }
  let isRunning = true;
  const exited = new Promise<string | number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      isRunning = false;
      resolve(signal ?? code);
    }),
  );
  return {
    name,
    port,
    pid: child.pid,
    exited,
    isRunning: () => isRunning,
    lastLines: () => recent.join('\n'),
    async stop() {
      if (!isRunning) return;
      child.kill('SIGTERM');
      const killLater = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(killLater);
    },
  };
}

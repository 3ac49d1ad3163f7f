/**
 * A benchmark server in a child process pinned to one core (`taskset -c`),
 * with its CPU time and memory read from Linux /proc and its document count
 * asked over IPC (servers/benchIpc.ts).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ParentMessage } from './servers/benchIpc';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const READY_TIMEOUT_MS = 60_000;
const ASK_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 15_000;

/** Linux USER_HZ: the unit of /proc/<pid>/stat and /proc/stat times. */
export const CLOCK_TICKS_PER_SECOND = (() => {
  const answer = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  return Number(answer.stdout.trim()) || 100;
})();

/** Pins this process (every thread of it) to `cpu`; its later children inherit that. */
export function pinSelf(cpu: string): void {
  const result = spawnSync('taskset', ['-a', '-cp', cpu, String(process.pid)], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`taskset failed: ${result.stderr || result.error}`);
}

export interface ServerMemory {
  rssMb: number;
  /** VmHWM: the peak resident set since the process started. */
  peakRssMb: number;
}

export interface ServerProcess {
  pid: number;
  port: number;
  /** utime + stime of the whole process (every thread), ms. */
  cpuMs(): number;
  /** stime alone: the kernel's work for it, loopback TCP included. */
  systemCpuMs(): number;
  memory(): ServerMemory;
  documentCount(): Promise<number>;
  /** Starts the server's V8 CPU profiler. */
  startProfile(): Promise<void>;
  /** Stops it and has the server write the .cpuprofile to `file`. */
  stopProfile(file: string): Promise<void>;
  /** Asks the server to close and exit, killing it if it hangs. */
  stop(): Promise<void>;
}

export interface ServerLaunch {
  /** Script under servers/, run with `node --import tsx`. */
  script: string;
  args?: string[];
  /** Added to the driver's environment. */
  env?: Record<string, string>;
  cpu: string;
}

/** utime and stime of the whole process (every thread), ms. */
export function readCpu(pid: number): { userMs: number; systemMs: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name is in parentheses and may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const toMs = (ticks: number) => (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  return { userMs: toMs(Number(fields[11])), systemMs: toMs(Number(fields[12])) };
}

/** Resident memory of process `pid` now and at its peak. */
export function readMemory(pid: number): ServerMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}

export async function startServerProcess(launch: ServerLaunch): Promise<ServerProcess> {
  const script = path.join(SERVER_DIR, 'scripts/benchmark/notes/servers', launch.script);
  const child: ChildProcess = spawn(
    'taskset',
    ['-c', launch.cpu, process.execPath, '--import', 'tsx', script, ...(launch.args ?? [])],
    {
      cwd: SERVER_DIR,
      env: { ...process.env, ...launch.env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${launch.script}`);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const answers = new Map<number, (count: number) => void>();
  const done = new Map<number, () => void>();
  let nextId = 0;

  const listening = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${launch.script} did not start`)),
      READY_TIMEOUT_MS,
    );
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(message.port);
      } else if (message.type === 'documents') {
        answers.get(message.id)?.(message.count);
        answers.delete(message.id);
      } else if (message.type === 'done') {
        done.get(message.id)?.();
        done.delete(message.id);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${launch.script} exited with ${code} before it listened`));
    });
  });
  const port = await listening.catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  const tell = (message: ParentMessage) => child.send(message);
  const takeId = () => {
    nextId += 1;
    return nextId;
  };
  const request = (message: (id: number) => ParentMessage) => {
    const id = takeId();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        done.delete(id);
        reject(new Error(`${launch.script} did not answer ${message(id).type}`));
      }, ASK_TIMEOUT_MS);
      done.set(id, () => {
        clearTimeout(timer);
        resolve();
      });
      tell(message(id));
    });
  };

  return {
    pid,
    port,
    cpuMs: () => {
      const cpu = readCpu(pid);
      return cpu.userMs + cpu.systemMs;
    },
    systemCpuMs: () => readCpu(pid).systemMs,
    memory: () => readMemory(pid),
    documentCount() {
      const id = takeId();
      return new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => {
          answers.delete(id);
          reject(new Error(`${launch.script} did not say how many documents it holds`));
        }, ASK_TIMEOUT_MS);
        answers.set(id, (count) => {
          clearTimeout(timer);
          resolve(count);
        });
        tell({ type: 'documents', id });
      });
    },
    startProfile: () => request((id) => ({ type: 'profileStart', id })),
    stopProfile: (file) => request((id) => ({ type: 'profileStop', id, file })),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (child.connected) tell({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

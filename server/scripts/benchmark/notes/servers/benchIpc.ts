/**
 * The child side of a benchmark server process: tells the parent its port
 * once it listens, answers how many documents it holds, and stops on request.
 * Messages go over the IPC channel the parent opened (see serverProcess.ts).
 */
import { writeFileSync } from 'node:fs';
import inspector from 'node:inspector';

export type ParentMessage =
  | { type: 'documents'; id: number }
  | { type: 'profileStart'; id: number }
  | { type: 'profileStop'; id: number; file: string }
  | { type: 'stop' };

export type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'documents'; id: number; count: number }
  | { type: 'done'; id: number };

export interface BenchServer {
  port: number;
  /** Documents the server holds in memory right now. */
  documentCount(): number;
  close(): Promise<void>;
}

function send(message: ChildMessage) {
  process.send?.(message);
}

/**
 * The V8 CPU profiler of this process, started and stopped on request, so a
 * profile covers a measurement window rather than start-up and module loading.
 */
function createProfiler() {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  return {
    async start() {
      await post('Profiler.enable');
      await post('Profiler.start');
    },
    async stop(file: string) {
      const result = await post('Profiler.stop');
      const { profile } = result as { profile: unknown };
      writeFileSync(file, JSON.stringify(profile));
      await post('Profiler.disable');
    },
  };
}

/** Runs `start`, reports the port, then serves the parent until it says stop (or goes away). */
export async function serveParent(start: () => Promise<BenchServer>): Promise<void> {
  if (!process.send)
    throw new Error('Start this through serverProcess.ts: it needs an IPC channel');
  const server = await start();
  const profiler = createProfiler();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'documents') {
      send({ type: 'documents', id: message.id, count: server.documentCount() });
    } else if (message.type === 'profileStart') {
      void profiler.start().then(() => send({ type: 'done', id: message.id }));
    } else if (message.type === 'profileStop') {
      void profiler.stop(message.file).then(() => send({ type: 'done', id: message.id }));
    } else if (message.type === 'stop') {
      void stop();
    }
  });
  process.on('disconnect', () => void stop());
  send({ type: 'ready', port: server.port });
}

import { generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { createApp, type KonsilApp } from '../../src/app';
import { systemClock } from '../../src/clock';
import type { Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import type { Db } from '../../src/storage/db';
import { DEMO_PASSWORD } from '../../src/storage/seed/demoUsers';

/** The real app on a random loopback port, logs silent. */
export async function startApp(db: Db): Promise<{ app: KonsilApp; baseUrl: string }> {
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir: os.tmpdir(),
    databaseUrl: null,
    redisUrl: null,
    redisKeyPrefix: 'konsil:',
    extraAllowedOrigins: [],
    publicUrl: null,
    trustProxy: [],
    cookieSecure: 'auto',
    logLevel: 'silent',
    seedDemo: false,
    // One client sends hundreds of requests a second; the flood guard would stop it.
    apiRateLimitPerMinute: 1_000_000,
    clientDist: os.tmpdir(),
    // A key for this run only, so no key file lands in the temporary directory.
    auditSigningKey: generateKeyPairSync('ed25519').privateKey,
    auditCheckpointIntervalMinutes: 0,
  };
  const app = createApp({ config, db, clock: systemClock, logger: createLogger('silent') });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}

/**
 * Server-side time per request to `path`, from the http 'request' event to
 * 'finish', observed from outside the app (it sends no Server-Timing header).
 */
export function observeServerTimes(app: KonsilApp, path: string): number[] {
  const samples: number[] = [];
  app.server.prependListener('request', (req, res) => {
    if (req.url !== path) return;
    const start = process.hrtime.bigint();
    res.once('finish', () => samples.push(Number(process.hrtime.bigint() - start) / 1e6));
  });
  return samples;
}

/** Signs in like the browser does; returns the Cookie header for later requests. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`Login of ${email} refused: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

export interface LoadResult {
  /** Round trip per request in ms: fetch until the whole body has arrived. */
  samples: number[];
  perSecond: number;
}

/**
 * `total` GETs of `url` with `concurrency` in flight, sent from a worker
 * thread (loadClient.mjs) so the client does not share the server's event loop.
 */
export function load(
  url: string,
  cookie: string,
  total: number,
  concurrency: number,
): Promise<LoadResult> {
  const worker = new Worker(new URL('./loadClient.mjs', import.meta.url), {
    workerData: { url, cookie, total, concurrency },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: LoadResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The load client exited with ${code}`)));
  });
}

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';

/**
 * The real entry point as `npm start` runs it (through tsx instead of the
 * bundle): migrate, seed once, serve, and stop cleanly on SIGTERM.
 */
const serverDir = path.resolve(import.meta.dirname, '..');
const dataDirs: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

function startServer(dataDir: string): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/"url":"(http:\/\/localhost:\d+)"/);
      if (match?.[1]) resolve({ child, url: match[1], output: () => output, exited });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => reject(new Error(`server exited early (${code}):\n${output}`)));
  });
}

it('migrates and seeds on first start, keeps the data on the next, and stops cleanly on SIGTERM', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'konsil-start-'));
  dataDirs.push(dataDir);

  const first = await startServer(dataDir);
  expect(first.output()).toContain('demo data seeded');
  expect(first.output()).toContain('coordinator.berlin@konsil.test');
  const ready = await fetch(`${first.url.replace('localhost', '127.0.0.1')}/readyz`);
  expect(ready.status).toBe(200);
  first.child.kill('SIGTERM');
  expect(await first.exited).toBe(0);
  expect(first.output()).toContain('"msg":"stopped"');

  const second = await startServer(dataDir);
  expect(second.output()).not.toContain('demo data seeded');
  expect(second.output()).not.toContain('database migrated');
  const login = await fetch(`${second.url.replace('localhost', '127.0.0.1')}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: second.url.replace('localhost', '127.0.0.1'),
    },
    body: JSON.stringify({ email: 'coordinator.berlin@konsil.test', password: 'konsil-demo' }),
  });
  expect(login.status).toBe(200);
  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
}, 60_000);

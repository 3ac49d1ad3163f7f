// Starts the built server for the e2e run on a fresh, seeded SQLite database, with hospital
// sign-in through local identity providers for Berlin and Seoul (`npm run oidc:dev`, on free
// ports). Both keep passwords allowed, so every other journey signs in as before.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'konsil-e2e-'));
const oidcConfig = path.join(dataDir, 'oidc.json');
const children = [];

function stopAll(signal) {
  for (const child of children) child.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));

const providers = spawn('node', [path.join(root, 'server/dist/oidcDev.js')], {
  stdio: ['ignore', 'ignore', 'pipe'],
  env: {
    ...process.env,
    OIDC_DEV_PORT: '0',
    KONSIL_URL: `http://127.0.0.1:${process.env.PORT}`,
    OIDC_DEV_CONFIG: oidcConfig,
  },
});
children.push(providers);
// oidc-provider's warnings about its development-only features are expected here.
providers.stderr.on('data', (chunk) => {
  const lines = String(chunk)
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('oidc-provider WARNING'));
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
});
providers.on('exit', (code) => {
  process.stderr.write(`the local identity providers stopped (exit ${code})\n`);
  stopAll('SIGTERM');
  process.exit(1);
});

// The providers write Konsil's OIDC_CONFIG once both listen.
for (let waited = 0; !existsSync(oidcConfig); waited += 100) {
  if (waited > 20_000) {
    process.stderr.write('the local identity providers did not start\n');
    stopAll('SIGTERM');
    process.exit(1);
  }
  await sleep(100);
}

const server = spawn('node', [path.join(root, 'server/dist/index.js')], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    OIDC_CONFIG: oidcConfig,
  },
});
children.push(server);
server.on('exit', (code) => {
  providers.removeAllListeners('exit');
  providers.kill('SIGTERM');
  process.exit(code ?? 0);
});

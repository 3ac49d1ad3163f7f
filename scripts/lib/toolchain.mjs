// Helpers shared by `npm start` and `npm test`. Plain Node, no dependencies:
// these run before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PNPM_VERSION = '12.4.2';
const TOOLS_DIR = path.join(ROOT, '.tools');
const TOOLS_BIN = path.join(TOOLS_DIR, 'node_modules', '.bin');

/** Environment for every child: local pnpm first on PATH, node-gyp pointed at the running Node's headers. */
export function childEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  env.PATH = [TOOLS_BIN, path.join(ROOT, 'node_modules', '.bin'), env.PATH].join(path.delimiter);
  // better-sqlite3 compiles from source where its prebuilt binary cannot be downloaded;
  // installed Node headers avoid node-gyp's own download.
  const nodePrefix = path.dirname(path.dirname(process.execPath));
  if (!env.npm_config_nodedir && existsSync(path.join(nodePrefix, 'include', 'node', 'node.h'))) {
    env.npm_config_nodedir = nodePrefix;
  }
  return env;
}

export function step(title) {
  console.log(`\n▶ ${title}`);
}

/** Runs a command with inherited output; returns its exit code. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? ROOT,
    stdio: 'inherit',
    env: childEnv(options.env),
  });
  if (result.error) {
    console.error(`could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

export function runOrExit(command, args, options) {
  const code = run(command, args, options);
  if (code !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${code})`);
    process.exit(code);
  }
}

function pnpmVersionAt(binary) {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8', env: childEnv() });
  return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * pnpm is pinned (newer releases reject this lockfile). It is installed into
 * the project's own .tools folder with npm, so no global install or root is needed.
 */
export function ensurePnpm() {
  const local = path.join(TOOLS_BIN, 'pnpm');
  if (existsSync(local) && pnpmVersionAt(local) === PNPM_VERSION) return local;
  step(`installing pnpm ${PNPM_VERSION} into .tools/`);
  runOrExit('npm', [
    'install',
    '--prefix',
    TOOLS_DIR,
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    `pnpm@${PNPM_VERSION}`,
  ]);
  return local;
}

export function installDependencies(pnpm) {
  step('installing dependencies (pnpm install --frozen-lockfile)');
  runOrExit(pnpm, ['install', '--frozen-lockfile']);
}

/** What `npm start` and `npm run cluster` do before they serve: install, then build; seconds taken. */
export function installAndBuild() {
  const started = Date.now();
  const pnpm = ensurePnpm();
  installDependencies(pnpm);
  step('building client and server');
  runOrExit(pnpm, ['run', 'build']);
  return Math.round((Date.now() - started) / 1000);
}

/** Starts a long-running child and forwards termination signals to it. */
export function runForeground(command, args, options = {}) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: childEnv(options.env) });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

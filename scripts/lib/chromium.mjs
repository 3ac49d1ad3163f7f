import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function findChromium() {
  if (process.env.CHROMIUM_PATH)
    return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * The e2e suite runs on Debian's Chromium (Playwright cannot download its own
 * browser everywhere). Installs it with apt-get when we are root; otherwise
 * says exactly what to run.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('\n▶ installing Chromium with apt-get (needed by the e2e tests)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const install = spawnSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: 'inherit',
      env,
    });
    if (update.status === 0 && install.status === 0 && findChromium()) return findChromium();
  }
  console.error(
    [
      '',
      '✗ Chromium is needed for the end-to-end tests and was not found.',
      '  On Debian/Ubuntu:   sudo apt-get update && sudo apt-get install -y chromium',
      '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
      '',
    ].join('\n'),
  );
  return null;
}

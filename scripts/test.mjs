// `npm test`: install what the tests need, then lint → type-check →
// unit/integration → build → e2e, stopping at the first failure. Ends with a
// line of counts. With KONSIL_REQUIRE_SERVICES set (CI), a skipped test fails the run.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { ensureChromium } from './lib/chromium.mjs';
import { ensurePnpm, installDependencies, ROOT, run, step } from './lib/toolchain.mjs';

const requireServices = ['1', 'true'].includes(process.env.KONSIL_REQUIRE_SERVICES ?? '');
const reportDir = path.join(ROOT, 'test-results', 'summary');
const counts = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function finish(code) {
  console.log('\n── test summary ──');
  for (const line of lines) console.log(`  ${line}`);
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  process.exit(code);
}

function gate(name, code) {
  if (code === 0) {
    lines.push(`${name}: ok`);
    return;
  }
  lines.push(`${name}: FAILED (exit ${code})`);
  counts.failed = Math.max(counts.failed, 1);
  finish(code);
}

function record(name, result, exitCode) {
  lines.push(
    `${name}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`,
  );
  counts.passed += result.passed;
  counts.failed += result.failed;
  counts.skipped += result.skipped;
  if (exitCode !== 0 && result.failed === 0) counts.failed += 1; // crashed outside any test
  if (exitCode !== 0) finish(exitCode);
  if (requireServices && result.skipped > 0) {
    lines.push(
      `${name}: ${result.skipped} skipped test(s) — not allowed with KONSIL_REQUIRE_SERVICES`,
    );
    finish(1);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const pnpm = ensurePnpm();
installDependencies(pnpm);
const chromium = ensureChromium();
if (!chromium) {
  lines.push('e2e: Chromium missing (see above)');
  counts.failed += 1;
  finish(1);
}
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

step('lint (biome)');
gate('lint', run('biome', ['check', '.']));

step('type-check');
gate('type-check', run('node', ['scripts/typecheck.mjs']));

step('unit and integration tests (vitest)');
const vitestReport = path.join(reportDir, 'vitest.json');
const vitestCode = run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const vitest = readJson(vitestReport);
record(
  'unit/integration',
  {
    passed: vitest?.numPassedTests ?? 0,
    failed: vitest?.numFailedTests ?? 0,
    skipped: (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0),
  },
  vitestCode,
);

step('build (client + server) for the e2e run');
gate('build', run(pnpm, ['run', 'build']));
gate('login page weight', run('node', ['scripts/checkLoginWeight.mjs']));

step('end-to-end journeys (Playwright on Chromium)');
const e2eReport = path.join(reportDir, 'playwright.json');
const e2eCode = run(pnpm, ['--filter', '@konsil/e2e', 'exec', 'playwright', 'test'], {
  env: {
    CHROMIUM_PATH: chromium,
    E2E_PORT: String(await freePort()),
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
  },
});
const e2e = existsSync(e2eReport) ? readJson(e2eReport) : null;
record(
  'e2e',
  {
    passed: (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0),
    failed: e2e?.stats?.unexpected ?? 0,
    skipped: e2e?.stats?.skipped ?? 0,
  },
  e2eCode,
);

finish(counts.failed === 0 ? 0 : 1);

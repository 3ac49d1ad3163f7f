// Type-checks every package, tests and e2e included, with the same strict base config.
import { run, step } from './lib/toolchain.mjs';

const packages = ['shared', 'server', 'client', 'e2e'];
let failed = 0;
for (const name of packages) {
  step(`type-check ${name}`);
  if (run('tsc', ['-p', name]) !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);

// `npm run cluster`: install and build as `npm start` does, then two instances of Konsil on the
// local PostgreSQL and Redis behind one load balancer (server/scripts/cluster/main.ts).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { childEnv, installAndBuild, ROOT } from './lib/toolchain.mjs';

const seconds = installAndBuild();
console.log(`\nready in ${seconds} s; starting the cluster`);

// The cluster driver is TypeScript run by tsx, which the server package holds.
const cluster = spawn(process.execPath, ['--import', 'tsx', 'scripts/cluster/main.ts'], {
  cwd: path.join(ROOT, 'server'),
  stdio: 'inherit',
  env: childEnv(),
});
// Ctrl-C reaches the whole process group; the driver stops its instances and the balancer, and
// this process waits for it rather than leaving them behind.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => cluster.kill(signal));
}
cluster.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

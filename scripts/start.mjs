// `npm start`: install, build, migrate + seed the demo on SQLite, serve on PORT.
import {
  ensurePnpm,
  installDependencies,
  runForeground,
  runOrExit,
  step,
} from './lib/toolchain.mjs';

const started = Date.now();
const pnpm = ensurePnpm();
installDependencies(pnpm);
step('building client and server');
runOrExit(pnpm, ['run', 'build']);
console.log(`\nready in ${Math.round((Date.now() - started) / 1000)} s; starting Konsil`);
runForeground('node', ['server/dist/index.js'], {
  env: {
    SEED_DEMO: process.env.SEED_DEMO ?? 'true',
    DATA_DIR: process.env.DATA_DIR ?? './data',
    PORT: process.env.PORT ?? '3000',
  },
});

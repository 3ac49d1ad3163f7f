// `npm start`: install, build, migrate + seed the demo on SQLite, serve on PORT.
import { installAndBuild, runForeground } from './lib/toolchain.mjs';

const seconds = installAndBuild();
console.log(`\nready in ${seconds} s; starting Konsil`);
runForeground('node', ['server/dist/index.js'], {
  env: {
    SEED_DEMO: process.env.SEED_DEMO ?? 'true',
    DATA_DIR: process.env.DATA_DIR ?? './data',
    PORT: process.env.PORT ?? '3000',
  },
});

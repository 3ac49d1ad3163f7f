// `npm run oidc:dev`: builds the server if needed, then starts the local identity providers
// for Berlin and Seoul and writes the OIDC_CONFIG file that points Konsil at them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  ensurePnpm,
  installDependencies,
  ROOT,
  runForeground,
  runOrExit,
  step,
} from './lib/toolchain.mjs';

const pnpm = ensurePnpm();
// A fresh clone has nothing installed yet; after `npm start` this is skipped.
if (!existsSync(path.join(ROOT, 'node_modules', '.modules.yaml'))) installDependencies(pnpm);
// The server bundle is quick to make, and an old one may lack the providers' entry.
step('building the server');
runOrExit(pnpm, ['--filter', '@konsil/server', 'build']);
runForeground('node', ['server/dist/oidcDev.js']);

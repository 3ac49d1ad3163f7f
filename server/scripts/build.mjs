// Bundles the server (and its CLI) with esbuild. npm packages stay external;
// the workspace's shared package is TypeScript source and is bundled in.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// oidc-provider (a dev dependency) serves only the local identity providers of `oidc:dev`.
const external = [
  ...Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@konsil/')),
  'oidc-provider',
];

await build({
  entryPoints: {
    index: 'src/index.ts',
    verifyAudit: 'src/cli/verifyAudit.ts',
    oidcDev: 'src/cli/oidcDev/main.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  logLevel: 'warning',
});
console.log('server built: dist/index.js, dist/verifyAudit.js, dist/oidcDev.js');

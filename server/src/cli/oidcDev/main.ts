/**
 * `npm run oidc:dev`: local OpenID providers for Berlin (CCCC) and Seoul (SCCC) with the demo
 * accounts, and the OIDC_CONFIG file that points Konsil at them. For trying hospital sign-in
 * on one's own machine; never for production (see devProvider.ts).
 *
 * Environment: PORT or KONSIL_URL (where Konsil runs, default http://localhost:3000),
 * OIDC_DEV_PORT (Berlin's port, Seoul's is the next; 0 picks free ones; default 4455),
 * OIDC_DEV_CONFIG (the file to write, default $DATA_DIR/oidc.dev.json, DATA_DIR default ./data).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEV_ACCOUNTS } from '../../auth/oidc/devAccounts';
import { type DevProvider, startDevProvider } from '../../auth/oidc/devProvider';
import { parseOidcSettings } from '../../auth/oidc/oidcConfig';
import {
  DEV_INSTITUTIONS,
  type DevInstitutionCode,
  devClientFor,
  devOidcConfig,
  devSecrets,
} from './devSetup';

const DEFAULT_PROVIDER_PORT = 4455;

function fail(message: string): never {
  process.stderr.write(`oidc:dev: ${message}\n`);
  process.exit(1);
}

function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PROVIDER_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65534) fail(`OIDC_DEV_PORT: not a port`);
  return port;
}

function konsilUrlFrom(env: NodeJS.ProcessEnv): string {
  const value = env.KONSIL_URL || `http://localhost:${env.PORT || '3000'}`;
  try {
    return new URL(value).origin;
  } catch {
    return fail(`KONSIL_URL: not a URL (${value})`);
  }
}

function readPrevious(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const env = process.env;
const konsilUrl = konsilUrlFrom(env);
const firstPort = portFrom(env.OIDC_DEV_PORT);
const configFile = env.OIDC_DEV_CONFIG || path.join(env.DATA_DIR || './data', 'oidc.dev.json');
const secrets = devSecrets(readPrevious(configFile));

const providers: DevProvider[] = [];
const issuers = {} as Record<DevInstitutionCode, string>;
for (const [index, code] of DEV_INSTITUTIONS.entries()) {
  try {
    const provider = await startDevProvider({
      port: firstPort === 0 ? 0 : firstPort + index,
      clients: [devClientFor(code, konsilUrl, secrets[code])],
      accounts: DEV_ACCOUNTS[code],
    });
    providers.push(provider);
    issuers[code] = provider.issuer;
  } catch (error) {
    fail(`the ${code} provider could not start (${String(error)}); try another OIDC_DEV_PORT`);
  }
}

const config = devOidcConfig(issuers, secrets);
// The same check Konsil makes at start, so a broken file is caught here and not there.
parseOidcSettings(config, {}, configFile);
fs.mkdirSync(path.dirname(configFile), { recursive: true });
// Written whole under another name first: whoever waits for the file never reads half of it.
fs.writeFileSync(`${configFile}.tmp`, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
fs.renameSync(`${configFile}.tmp`, configFile);

const portPrefix = env.PORT ? `PORT=${env.PORT} ` : '';
const lines = [
  'Local identity providers are running (development only, in memory):',
  ...DEV_INSTITUTIONS.map((code) => `  ${code}  ${issuers[code]}`),
  `Their Konsil configuration is in ${configFile}. In another terminal run:`,
  '',
  `  ${portPrefix}OIDC_CONFIG=${configFile} npm start`,
  '',
  `then open ${konsilUrl}/login and choose "Sign in with …" for a hospital.`,
  'At the provider, type a login below and any password:',
  ...DEV_INSTITUTIONS.flatMap((code) =>
    DEV_ACCOUNTS[code].map(
      (account) => `  ${code}  ${account.sub.padEnd(20)} ${account.roles.join(', ')}`,
    ),
  ),
  '(library-reader maps to no Konsil role: that person is refused.) Ctrl+C stops the providers.',
];
process.stdout.write(`${lines.join('\n')}\n`);

async function stop() {
  await Promise.all(providers.map((provider) => provider.close()));
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

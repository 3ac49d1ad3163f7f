/**
 * `pnpm audit:verify [-- --checkpoints <exported.json>] [--public-key <key.pem>]`:
 * walks the audit hash chain of the configured database and checks it against
 * signed checkpoints. Without options it uses the database's checkpoints and the
 * server's own key (AUDIT_SIGNING_KEY or the key file in DATA_DIR); an exported
 * list and a public key kept elsewhere make the check independent of the
 * database. Exit 0: intact; 1: broken; 2: could not verify.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type AuditCheckpoint, AuditCheckpointListSchema } from '@konsil/shared';
import { listCheckpoints } from '../audit/checkpoints';
import { parsePublicKey, readSigningKeyFile } from '../audit/signingKey';
import { verifyAuditLog } from '../audit/verifyAuditLog';
import { type Config, loadConfig } from '../config';
import { createDatabase } from '../storage/db';
import { describeVerification } from './describeVerification';

// pnpm passes a literal `--` through to the script.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { checkpoints: { type: 'string' }, 'public-key': { type: 'string' } },
});
// Relative paths are meant from where the command was typed, not from the package pnpm runs in.
const fromCaller = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

let config: Config;
let publicKey: KeyObject;
let exported: AuditCheckpoint[] | null;
try {
  config = loadConfig();
  publicKey = readPublicKey(config, values['public-key']);
  exported = values.checkpoints ? readCheckpointFile(fromCaller(values.checkpoints)) : null;
} catch (error) {
  process.stderr.write(`audit:verify: ${(error as Error).message}\n`);
  process.exit(2);
}

const db = createDatabase(config);
try {
  const checkpoints = exported ?? (await listCheckpoints(db));
  const result = await verifyAuditLog(db, { checkpoints, publicKey });
  const source = exported ? `from ${values.checkpoints}` : 'from the database';
  process.stdout.write(`${describeVerification(result, source)}\n`);
  if (!result.ok) process.exitCode = 1;
} finally {
  await db.destroy();
}

function readPublicKey(config: Config, file: string | undefined): KeyObject {
  if (file) return parsePublicKey(readFileSync(fromCaller(file), 'utf8'), file);
  if (config.auditSigningKey) return createPublicKey(config.auditSigningKey);
  const fromDataDir = readSigningKeyFile(config.dataDir);
  if (fromDataDir) return fromDataDir.publicKey;
  throw new Error(
    'no key to check checkpoints with: pass --public-key <file>, set AUDIT_SIGNING_KEY, or run where DATA_DIR holds the server’s key',
  );
}

function readCheckpointFile(file: string): AuditCheckpoint[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not readable JSON (${(error as Error).message})`);
  }
  const parsed = AuditCheckpointListSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(
      `${file}: not an exported checkpoint list (${first?.path.join('.')}: ${first?.message})`,
    );
  }
  return parsed.data.checkpoints;
}

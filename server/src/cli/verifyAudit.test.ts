import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AuditCheckpoints } from '../audit/checkpointService';
import { loadOrCreateSigningKeyFile } from '../audit/signingKey';
import { createLogger } from '../logger';
import type { Db } from '../storage/db';
import { openSqlite } from '../storage/dialect';
import { migrateToLatest } from '../storage/migrations';
import { appendLoginEvents, rewriteAuditRowLikeAnAttacker } from '../test/auditTampering';
import { FakeClock } from '../test/fakeClock';

/**
 * `pnpm audit:verify` as an operator runs it (the entry through tsx instead
 * of the bundle), on a SQLite database in its own DATA_DIR.
 */
const serverDir = path.resolve(import.meta.dirname, '../..');
let dataDir: string;
let db: Db;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'konsil-verify-cli-'));
  db = openSqlite(path.join(dataDir, 'konsil.sqlite'));
  await migrateToLatest(db);
});

afterAll(async () => {
  await db.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

function verifyAudit(args: string[] = []) {
  const { DATABASE_URL: _, AUDIT_SIGNING_KEY: __, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/verifyAudit.ts', ...args], {
    cwd: serverDir,
    env: { ...env, DATA_DIR: dataDir, INIT_CWD: dataDir },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

it('passes an intact log, fails a recomputed rewrite against an exported list, and refuses another key', async () => {
  const { key } = loadOrCreateSigningKeyFile(dataDir);
  const checkpoints = new AuditCheckpoints(db, key, new FakeClock(), createLogger('silent'));
  await appendLoginEvents(db, 5);
  await checkpoints.signIfHeadMoved();
  await appendLoginEvents(db, 2, 6);
  writeFileSync(path.join(dataDir, 'exported.json'), JSON.stringify(await checkpoints.list()));
  writeFileSync(path.join(dataDir, 'public.pem'), key.publicKeyPem);

  const intact = await verifyAudit();
  expect(intact, intact.stderr).toMatchObject({ code: 0 });
  expect(intact.stdout).toBe(
    'audit chain OK: 7 events verified\n' +
      'checkpoints OK: 1 of 1 from the database verified; rows 1..5 match checkpoint 1 signed 2026-12-03T07:00:00.000Z\n',
  );

  // The attacker rewrites row 3 consistently and removes the database's own checkpoints.
  await rewriteAuditRowLikeAnAttacker(db, 3, { action: 'auth.logout' });
  await db.deleteFrom('audit_checkpoints').execute();

  const fromDatabase = await verifyAudit();
  expect(fromDatabase.code).toBe(0);
  expect(fromDatabase.stdout).toContain('no row is covered by a verified checkpoint');

  const fromExport = await verifyAudit([
    '--',
    '--checkpoints',
    'exported.json',
    '--public-key',
    'public.pem',
  ]);
  expect(fromExport.code).toBe(1);
  expect(fromExport.stdout).toContain('audit chain OK: 7 events verified');
  expect(fromExport.stdout).toContain(
    'checkpoints BROKEN at checkpoint 1 (rows_changed): rows 1..5 were changed after checkpoint 1 was signed',
  );

  const otherKey = path.join(dataDir, 'other.pem');
  const other = generateKeyPairSync('ed25519').publicKey;
  writeFileSync(otherKey, String(other.export({ type: 'spki', format: 'pem' })));
  const withOtherKey = await verifyAudit([
    '--checkpoints',
    'exported.json',
    '--public-key',
    otherKey,
  ]);
  expect(withOtherKey.code).toBe(1);
  expect(withOtherKey.stdout).toContain('checkpoints BROKEN at checkpoint 1 (wrong_key)');

  // A change without recomputing: the chain walk alone finds it.
  await db
    .updateTable('audit_events')
    .set({ client_address: '203.0.113.9' })
    .where('seq', '=', 6)
    .execute();
  const broken = await verifyAudit();
  expect(broken.code).toBe(1);
  expect(broken.stdout).toMatch(
    /^audit chain BROKEN at seq 6 \(id [0-9a-f-]+\): row content was changed/,
  );

  const unreadable = await verifyAudit(['--checkpoints', 'missing.json']);
  expect(unreadable.code).toBe(2);
  expect(unreadable.stderr).toContain('missing.json: not readable JSON');
}, 180_000);

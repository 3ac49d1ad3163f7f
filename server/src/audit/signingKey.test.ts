import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { signIn } from '../test/api';
import { startTestServer } from '../test/testServer';
import { keyIdOf, resolveAuditSigningKey, SIGNING_KEY_FILE } from './signingKey';

const serverDir = path.resolve(import.meta.dirname, '../..');
const silent = createLogger('silent');

function pkcs8Pem(type: 'ed25519' | 'rsa' = 'ed25519') {
  const { privateKey } =
    type === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 1024 })
      : generateKeyPairSync('ed25519');
  return String(privateKey.export({ type: 'pkcs8', format: 'pem' }));
}

/** Every log line, to look for what must never be there. */
function logCapture() {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(line) } };
}

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'konsil-audit-key-'));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the audit signing key from the environment', () => {
  it('takes an Ed25519 key as PKCS#8 PEM or as base64 DER', () => {
    const pem = pkcs8Pem();
    const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64').toString('base64');

    const fromPem = loadConfig({ AUDIT_SIGNING_KEY: pem }).auditSigningKey;
    const fromDer = loadConfig({ AUDIT_SIGNING_KEY: der }).auditSigningKey;

    expect(fromPem?.asymmetricKeyType).toBe('ed25519');
    expect(fromDer?.equals(fromPem ?? fromDer)).toBe(true);
    expect(loadConfig({}).auditSigningKey).toBeNull();
    expect(loadConfig({}).auditCheckpointIntervalMinutes).toBe(60);
  });

  it('refuses a key that is not Ed25519 or not a key, without quoting it', () => {
    const rsa = pkcs8Pem('rsa');
    expect(() => loadConfig({ AUDIT_SIGNING_KEY: rsa })).toThrow(
      /AUDIT_SIGNING_KEY: an Ed25519 key is needed, this is rsa/,
    );
    let message = '';
    try {
      loadConfig({ AUDIT_SIGNING_KEY: 'c2VjcmV0LWJ1dC1ub3QtYS1rZXk=' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/AUDIT_SIGNING_KEY: not a readable private key/);
    expect(message).not.toContain('c2VjcmV0');
  });

  it('validates the checkpoint interval', () => {
    expect(
      loadConfig({ AUDIT_CHECKPOINT_INTERVAL_MINUTES: '15' }).auditCheckpointIntervalMinutes,
    ).toBe(15);
    expect(() => loadConfig({ AUDIT_CHECKPOINT_INTERVAL_MINUTES: '-1' })).toThrow(
      /AUDIT_CHECKPOINT_INTERVAL_MINUTES/,
    );
    expect(() => loadConfig({ AUDIT_CHECKPOINT_INTERVAL_MINUTES: 'hourly' })).toThrow(
      /AUDIT_CHECKPOINT_INTERVAL_MINUTES/,
    );
  });
});

describe('the audit signing key file in DATA_DIR', () => {
  const settings = () => ({ auditSigningKey: null, dataDir, redisUrl: null });

  it('refuses a key file that is not an Ed25519 key', () => {
    writeFileSync(path.join(dataDir, SIGNING_KEY_FILE), pkcs8Pem('rsa'), { mode: 0o600 });
    expect(() => resolveAuditSigningKey(settings(), silent)).toThrow(
      /audit-signing-key\.pem: an Ed25519 key is needed/,
    );
    writeFileSync(path.join(dataDir, SIGNING_KEY_FILE), 'garbage');
    expect(() => resolveAuditSigningKey(settings(), silent)).toThrow(/not a readable private key/);
  });

  it('warns when an existing key file is readable by others', () => {
    writeFileSync(path.join(dataDir, SIGNING_KEY_FILE), pkcs8Pem(), { mode: 0o644 });
    const logs = logCapture();

    resolveAuditSigningKey(settings(), createLogger('info', logs.stream));

    expect(logs.lines.join('')).toContain('audit signing key file is readable by others');
  });

  it('is created once with mode 0600, reused on restart, and never logged or served', async () => {
    const logs = logCapture();
    const config = { auditSigningKey: null, dataDir };
    let server = await startTestServer({ config, logs: logs.stream });
    const file = path.join(dataDir, SIGNING_KEY_FILE);
    const pem = readFileSync(file, 'utf8');
    const secret = pem.split('\n')[1] ?? '';
    try {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const admin = await signIn(server, 'admin.berlin@konsil.test');
      const signed = await admin.post('/api/audit/checkpoints');
      const list = await admin.get('/api/audit/checkpoints');
      const keyId = (list.body as { keyId: string }).keyId;
      expect(keyId).toBe(keyIdOf(resolveAuditSigningKey(settings(), silent).publicKey));

      // A restart on the same DATA_DIR (a fresh server process would do the same).
      await server.close();
      server = await startTestServer({ config, logs: logs.stream });
      const again = await (await signIn(server, 'admin.berlin@konsil.test')).get(
        '/api/audit/checkpoints',
      );

      expect(readFileSync(file, 'utf8')).toBe(pem);
      expect((again.body as { keyId: string }).keyId).toBe(keyId);
      const created = logs.lines.filter((line) => line.includes('audit signing key created'));
      expect(created).toHaveLength(1);
      expect(created[0]).toContain(keyId);
      for (const text of [...logs.lines, JSON.stringify(signed.body), JSON.stringify(list.body)]) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain('PRIVATE KEY');
      }
    } finally {
      await server.close();
    }
  });
});

describe('starting the server', () => {
  function start(env: Record<string, string>) {
    return spawnSync(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: serverDir,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
  }

  it('refuses to start with an unusable key and says why', () => {
    const fromEnv = start({ AUDIT_SIGNING_KEY: pkcs8Pem('rsa') });
    expect(fromEnv.status).toBe(1);
    expect(fromEnv.stderr).toContain('AUDIT_SIGNING_KEY: an Ed25519 key is needed, this is rsa');

    writeFileSync(path.join(dataDir, SIGNING_KEY_FILE), 'not a key');
    const fromFile = start({});
    expect(fromFile.status).toBe(1);
    expect(fromFile.stderr).toMatch(/konsil: audit signing key: .*not a readable private key/);
    // Refused before the database was opened.
    expect(() => statSync(path.join(dataDir, 'konsil.sqlite'))).toThrow();
    // Two cold starts of the entry point through tsx on a busy machine.
  }, 120_000);
});

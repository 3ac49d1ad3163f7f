import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logger';

/** The file in DATA_DIR that holds the key when AUDIT_SIGNING_KEY is not set. */
export const SIGNING_KEY_FILE = 'audit-signing-key.pem';

/** The checkpoint signing key. The private half stays in this process: never logged, never stored. */
export interface AuditSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The public key as PEM (SPKI), as exported with the checkpoints. */
  publicKeyPem: string;
  keyId: string;
}

/** SHA-256 (hex) of the public key's SPKI encoding; stored with each checkpoint. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function signingKeyFrom(privateKey: KeyObject): AuditSigningKey {
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    publicKeyPem: String(publicKey.export({ type: 'spki', format: 'pem' })),
    keyId: keyIdOf(publicKey),
  };
}

/**
 * Reads an Ed25519 private key given as PKCS#8 PEM or as base64 of its DER.
 * Messages name `source` and never quote the key.
 */
export function parsePrivateKey(text: string, source: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  try {
    key = trimmed.startsWith('-----BEGIN')
      ? createPrivateKey({ key: trimmed, format: 'pem' })
      : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    throw new Error(`${source}: not a readable private key (PKCS#8 PEM or base64 DER expected)`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${source}: an Ed25519 key is needed, this is ${key.asymmetricKeyType}`);
  }
  return key;
}

/** A public key (SPKI PEM) for verification; a private key file is accepted and its public half used. */
export function parsePublicKey(text: string, source: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(text.trim());
  } catch {
    throw new Error(`${source}: not a readable public key (PEM expected)`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${source}: an Ed25519 key is needed, this is ${key.asymmetricKeyType}`);
  }
  return key;
}

/** The key file in `dataDir`, or null when there is none yet (the verifier must not create one). */
export function readSigningKeyFile(dataDir: string): AuditSigningKey | null {
  const file = path.join(dataDir, SIGNING_KEY_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  return signingKeyFrom(parsePrivateKey(text, file));
}

/**
 * The key file in `dataDir`, created (mode 0600) on first start. `wx` lets
 * exactly one of several instances sharing the directory write it; the
 * others read what it wrote.
 */
export function loadOrCreateSigningKeyFile(dataDir: string): {
  key: AuditSigningKey;
  created: boolean;
} {
  const existing = readSigningKeyFile(dataDir);
  if (existing) return { key: existing, created: false };
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = String(privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const file = path.join(dataDir, SIGNING_KEY_FILE);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      const written = readSigningKeyFile(dataDir);
      if (written) return { key: written, created: false };
    }
    throw new Error(`${file}: cannot be created (${code})`);
  }
  return { key: signingKeyFrom(privateKey), created: true };
}

/**
 * The key the server signs with: AUDIT_SIGNING_KEY, or else the key file in
 * DATA_DIR (created on first start). Throws a readable error when neither
 * works; index.ts turns that into a refusal to start.
 */
export function resolveAuditSigningKey(
  config: Pick<Config, 'auditSigningKey' | 'dataDir' | 'redisUrl'>,
  logger: Logger,
): AuditSigningKey {
  if (config.auditSigningKey) return signingKeyFrom(config.auditSigningKey);
  const { key, created } = loadOrCreateSigningKeyFile(config.dataDir);
  const file = path.join(config.dataDir, SIGNING_KEY_FILE);
  if (created) logger.info({ file, keyId: key.keyId }, 'audit signing key created');
  if (!created && (fs.statSync(file).mode & 0o077) !== 0) {
    logger.warn({ file }, 'audit signing key file is readable by others: chmod 600 it');
  }
  if (config.redisUrl) {
    // Each instance with its own DATA_DIR would sign with its own key, which verification refuses.
    logger.warn(
      { file, keyId: key.keyId },
      'audit signing key read from DATA_DIR in a cluster: set AUDIT_SIGNING_KEY so every instance signs with the same key',
    );
  }
  return key;
}

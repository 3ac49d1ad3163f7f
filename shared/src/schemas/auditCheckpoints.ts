import { z } from 'zod';
import { InstantSchema } from './common';

/** One signed statement: "row `seq` of the audit chain had hash `hash` at `signedAt`". */
export const AuditCheckpointSchema = z.object({
  /** Consecutive from 1; a gap means a checkpoint was removed. */
  number: z.number().int().positive(),
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash in hex'),
  signedAt: InstantSchema,
  /** Ed25519 signature (base64) over the canonical checkpoint message. */
  signature: z.string().min(1),
  /** SHA-256 (hex) of the signing public key in SPKI form. */
  keyId: z.string().min(1),
});
export type AuditCheckpoint = z.infer<typeof AuditCheckpointSchema>;

/** GET /api/audit/checkpoints: the list and the key that verifies it (also the export file). */
export const AuditCheckpointListSchema = z.object({
  algorithm: z.literal('Ed25519'),
  /** The public key in PEM (SPKI). */
  publicKey: z.string(),
  keyId: z.string(),
  checkpoints: z.array(AuditCheckpointSchema),
});
export type AuditCheckpointList = z.infer<typeof AuditCheckpointListSchema>;

export const AUDIT_CHECKPOINT_PROBLEMS = [
  /** A number between two checkpoints is missing. */
  'checkpoint_missing',
  /** Signed with a key other than the one verifying. */
  'wrong_key',
  /** The signature does not match the checkpoint (altered, forged, or its predecessor removed). */
  'bad_signature',
  /** A row covered by the checkpoint no longer has the signed hash. */
  'rows_changed',
] as const;
export const AuditCheckpointProblemSchema = z.enum(AUDIT_CHECKPOINT_PROBLEMS);
export type AuditCheckpointProblem = z.infer<typeof AuditCheckpointProblemSchema>;

/** The chain checked against the signed checkpoints. */
export const AuditCheckpointVerificationSchema = z.object({
  /** Checkpoints whose signature and row hash held, from the first on. */
  checked: z.number().int(),
  total: z.number().int(),
  /** The last checkpoint that held: every row up to its seq is as it was signed. */
  lastVerified: z
    .object({ number: z.number().int(), seq: z.number().int(), signedAt: InstantSchema })
    .nullable(),
  firstBroken: z
    .object({
      checkpoint: z.number().int(),
      problem: AuditCheckpointProblemSchema,
      /** rows_changed: the first row that may no longer be as signed … */
      seq: z.number().int().nullable(),
      /** … and the checkpoint's row, the last that may have changed. */
      toSeq: z.number().int().nullable(),
      reason: z.string(),
    })
    .nullable(),
});
export type AuditCheckpointVerification = z.infer<typeof AuditCheckpointVerificationSchema>;

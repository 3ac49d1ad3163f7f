import { z } from 'zod';
import { LIMITS } from '../limits';
import { AuditCheckpointVerificationSchema } from './auditCheckpoints';
import { IanaTimeZoneSchema, IdSchema, InstantSchema, LocaleSchema } from './common';

export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.login_rate_limited',
  'auth.logout',
  'auth.password_changed',
  'auth.oidc.login',
  'auth.oidc.provisioned',
  'auth.oidc.linked',
  'auth.oidc.role_changed',
  'auth.oidc.refused',
  'auth.oidc.backchannel_logout',
  'access.refused',
  'user.created',
  'user.updated',
  'user.deactivated',
  'user.password_reset',
  'audit.viewed',
  'audit.verified',
  'board.created',
  'board.updated',
  'board.viewed',
  'board.calendar_exported',
  'board.started',
  'board.ended',
  'agenda.updated',
  'case.created',
  'case.viewed',
  'case.updated',
  'case.status_changed',
  'notes.opened',
  'notes.edited',
  'notes.edit_refused',
  'decision.viewed',
  'recommendation.saved',
  'position.stated',
  'case.closed',
  'case.reopened',
  'case.carried_over',
  'minutes.viewed',
  'minutes.summary_saved',
  'minutes.signed',
  'minutes.amended',
  'minutes.exported',
  'case.letter_downloaded',
  'case.exported',
  'search.performed',
  'analytics.viewed',
  'analytics.exported',
  'certificate.downloaded',
  'certificate.verified',
  'attendance.exported',
  'audit.exported',
  'audit.checkpoint_signed',
  'audit.checkpoints_viewed',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AUDIT_OUTCOMES = ['allowed', 'refused'] as const;
export const AuditOutcomeSchema = z.enum(AUDIT_OUTCOMES);
export type AuditOutcome = z.infer<typeof AuditOutcomeSchema>;

/**
 * Object types the audit log records. A type missing here still shows (as "other object"),
 * but cannot be chosen as a filter; add it with its label in en, de and ko.
 */
export const AUDIT_OBJECT_TYPES = [
  'user',
  'account',
  'audit_log',
  'board',
  'case',
  'search',
  'directory',
  'analytics',
  'audit_checkpoint',
] as const;
export const AuditObjectTypeSchema = z.enum(AUDIT_OBJECT_TYPES);
export type AuditObjectType = z.infer<typeof AuditObjectTypeSchema>;

export const AuditEventSchema = z.object({
  id: IdSchema,
  seq: z.number().int(),
  occurredAt: InstantSchema,
  actor: z.object({ id: IdSchema, name: z.string(), email: z.string() }).nullable(),
  actorInstitution: z.object({ id: IdSchema, code: z.string() }).nullable(),
  action: AuditActionSchema,
  objectType: z.string(),
  objectId: z.string().nullable(),
  /**
   * A readable name for the object (a board's title, a case's pseudonym, a user's name), only
   * when the reader may see that object by the policy that guards reading it.
   */
  objectLabel: z.string().nullable(),
  /** The object exists but the reader may not see it: show "… of another institution". */
  isObjectWithheld: z.boolean(),
  objectInstitution: z.object({ id: IdSchema, code: z.string() }).nullable(),
  outcome: AuditOutcomeSchema,
  /** For a refusal: the policy action (`case:read`) or protocol step that was refused. */
  attempted: z.string().max(60).nullable(),
  clientAddress: z.string().nullable(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

/** The audit filters, shared by the page and the CSV export; all combined with AND. */
const AuditFilterFields = {
  /** Part of the acting person's name or email. */
  actor: z.preprocess(emptyToUndefined, z.string().trim().max(254).optional()),
  objectType: z.preprocess(emptyToUndefined, AuditObjectTypeSchema.optional()),
  /** The object's id, or part of its readable name (board title, pseudonym, user name). */
  object: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
  action: z.preprocess(emptyToUndefined, AuditActionSchema.optional()),
  from: z.preprocess(emptyToUndefined, InstantSchema.optional()),
  to: z.preprocess(emptyToUndefined, InstantSchema.optional()),
};

function periodInOrder(query: { from?: string; to?: string }, context: z.RefinementCtx): void {
  if (query.from && query.to && Date.parse(query.from) > Date.parse(query.to)) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  }
}

/** GET /api/audit query. */
export const AuditQuerySchema = z
  .object({
    ...AuditFilterFields,
    /** Return events with seq lower than this (keyset pagination, newest first). */
    before: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().optional()),
    limit: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(1).max(LIMITS.auditPageSize).default(50),
    ),
  })
  .superRefine(periodInOrder);
export type AuditQuery = z.infer<typeof AuditQuerySchema>;
export type AuditFilters = Omit<AuditQuery, 'before' | 'limit'>;

/**
 * GET /api/audit/export.csv query: the page's filters, the zone for the local time column
 * and the language of the labels (absent: the reader's institution's).
 */
export const AuditExportQuerySchema = z
  .object({
    ...AuditFilterFields,
    zone: z.preprocess(emptyToUndefined, IanaTimeZoneSchema.optional()),
    lang: z.preprocess(emptyToUndefined, LocaleSchema.optional()),
  })
  .superRefine(periodInOrder);
export type AuditExportQuery = z.infer<typeof AuditExportQuerySchema>;

export const AuditPageSchema = z.object({
  events: z.array(AuditEventSchema),
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** The hash chain walked on its own: every link and row hash, and the head. */
export const AuditChainResultSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first row whose hash or link does not match, when ok is false. */
  firstBroken: z
    .object({ seq: z.number().int(), id: z.string().nullable(), reason: z.string() })
    .nullable(),
});
export type AuditChainResult = z.infer<typeof AuditChainResultSchema>;

/** GET /api/audit/verify: the chain, and the chain against the signed checkpoints; ok needs both. */
export const AuditVerifyResultSchema = AuditChainResultSchema.extend({
  checkpoints: AuditCheckpointVerificationSchema,
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResultSchema>;

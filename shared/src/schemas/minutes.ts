import { z } from 'zod';
import { ROLES } from '../roles';
import { TumorEntitySchema } from './board';
import { CaseStatusSchema } from './case';
import { IanaTimeZoneSchema, IdSchema, InstantSchema } from './common';
import {
  CaseEventSchema,
  POSITIONS,
  RecommendationContentSchema,
  TallySchema,
} from './recommendation';

/**
 * Minutes of one board: generated from the agenda, attendance, notes and
 * decisions the moment the board ends, reviewed and signed by a coordinator.
 * A signed version never changes; an amendment is a new signed version.
 */
export const MINUTES_FORMAT = 'konsil-minutes/1';

const MinutesInstitutionSchema = z.object({
  code: z.string(),
  name: z.string(),
  timeZone: IanaTimeZoneSchema,
});

export const AttendanceEntrySchema = z.object({
  name: z.string(),
  role: z.enum(ROLES),
  institutionCode: z.string(),
  /** The zone of their institution, in which their times are shown (absent in minutes signed before it was recorded). */
  timeZone: IanaTimeZoneSchema.optional(),
  /**
   * When they were in the live board: one span per person, gaps under two minutes merged,
   * nothing zero-length and nothing outside the board's start and end. `to` is null only
   * while the board is still live.
   */
  intervals: z.array(z.object({ from: InstantSchema, to: InstantSchema.nullable() })),
});
export type AttendanceEntry = z.infer<typeof AttendanceEntrySchema>;

export const MinutesCaseSchema = z.object({
  caseId: IdSchema,
  position: z.number().int(),
  /** Pseudonym only: home-institution references never enter the minutes. */
  pseudonym: z.string(),
  homeInstitutionCode: z.string(),
  diagnosis: z.string().nullable(),
  stage: z.string().nullable(),
  question: z.string(),
  /** The case notes as plain text, one paragraph per line (headings and lists kept as text). */
  notes: z.string(),
  recommendation: RecommendationContentSchema.nullable(),
  /** The version of `recommendation` (absent in minutes signed before versions were recorded). */
  recommendationVersion: z.number().int().positive().nullable().optional(),
  positions: z.array(
    z.object({
      name: z.string(),
      institutionCode: z.string(),
      position: z.enum(POSITIONS),
      note: z.string(),
      /** The version this position judged; only those on `recommendationVersion` are in the tally. */
      recommendationVersion: z.number().int().positive().nullable().optional(),
    }),
  ),
  tally: TallySchema,
  status: CaseStatusSchema,
  statusReason: z.string().nullable(),
  /** Closings, reopenings, not discussed, carried over (absent in older signed minutes). */
  history: z.array(CaseEventSchema).optional(),
});
export type MinutesCase = z.infer<typeof MinutesCaseSchema>;

export const MinutesContentSchema = z.object({
  board: z.object({
    id: IdSchema,
    title: z.string(),
    tumorEntity: TumorEntitySchema.nullable(),
    startsAt: InstantSchema,
    timeZone: IanaTimeZoneSchema,
    startedAt: InstantSchema.nullable(),
    endedAt: InstantSchema.nullable(),
    host: MinutesInstitutionSchema,
    institutions: z.array(MinutesInstitutionSchema),
  }),
  attendance: z.array(AttendanceEntrySchema),
  cases: z.array(MinutesCaseSchema),
  /** The coordinator's own words at the top. */
  summary: z.string(),
});
export type MinutesContent = z.infer<typeof MinutesContentSchema>;

export const MINUTES_STATES = ['draft', 'signed'] as const;

export const MinutesSignatureSchema = z.object({
  signedBy: z.object({ id: IdSchema, name: z.string(), institutionCode: z.string() }),
  signedAt: InstantSchema,
  /** SHA-256 (hex) of the canonical JSON of the signed document. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type MinutesSignature = z.infer<typeof MinutesSignatureSchema>;

export const MinutesVersionSchema = z.object({
  boardId: IdSchema,
  /** 1 for the first signed minutes; each amendment adds one. A draft has the next number. */
  version: z.number().int().positive(),
  state: z.enum(MINUTES_STATES),
  content: MinutesContentSchema,
  signature: MinutesSignatureSchema.nullable(),
  /** Why this version amends the previous one (null for version 1 and drafts of it). */
  amendmentReason: z.string().nullable(),
  /** For a draft: the hash of exactly this content, to be sent back when signing. */
  draftHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type MinutesVersion = z.infer<typeof MinutesVersionSchema>;

/**
 * Something in a draft a person should check before signing; never part of the content, so
 * it changes neither the draft hash nor what is signed. `duplicated_paragraph`: a paragraph of
 * the case's notes repeats its neighbour, as two people pressing Enter in the same paragraph
 * without seeing each other's edit leave it (see findDuplicatedParagraphs).
 */
export const MinutesWarningSchema = z.object({
  caseId: IdSchema,
  pseudonym: z.string(),
  kind: z.enum(['duplicated_paragraph']),
  /** The text that is in the notes twice. */
  text: z.string(),
});
export type MinutesWarning = z.infer<typeof MinutesWarningSchema>;

export const MinutesResponseSchema = z.object({
  minutes: MinutesVersionSchema,
  permissions: z.object({ canSign: z.boolean(), canAmend: z.boolean() }),
  /** Only with a draft (absent for signed versions and from older servers). */
  warnings: z.array(MinutesWarningSchema).optional(),
});
export type MinutesResponse = z.infer<typeof MinutesResponseSchema>;

export const MinutesVersionSummarySchema = z.object({
  version: z.number().int().positive(),
  signature: MinutesSignatureSchema,
  amendmentReason: z.string().nullable(),
});
export const MinutesVersionListSchema = z.object({
  versions: z.array(MinutesVersionSummarySchema),
});
export type MinutesVersionList = z.infer<typeof MinutesVersionListSchema>;

const text = (max: number) => z.string().trim().max(max);

export const SaveMinutesSummaryInputSchema = z.object({ summary: text(8000) });

/** Signs exactly the draft the coordinator reviewed: a changed draft answers 409. */
export const SignMinutesInputSchema = z.object({
  draftHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SignMinutesInput = z.infer<typeof SignMinutesInputSchema>;

/** An amendment corrects the signed text itself: the summary and, per case, notes and decision. */
export const AmendMinutesInputSchema = z.object({
  basedOnVersion: z.number().int().positive(),
  reason: text(1000).min(1),
  summary: text(8000),
  cases: z
    .array(z.object({ caseId: IdSchema, notes: text(100_000), decisionText: text(4000) }))
    .max(200),
});
export type AmendMinutesInput = z.infer<typeof AmendMinutesInputSchema>;

/** One changed passage between two versions, for the readable diff. */
export const MinutesChangeSchema = z.object({
  field: z.enum(['summary', 'notes', 'decisionText']),
  caseId: IdSchema.nullable(),
  pseudonym: z.string().nullable(),
  parts: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
});
export type MinutesChange = z.infer<typeof MinutesChangeSchema>;

export const MinutesDiffSchema = z.object({
  from: z.number().int().positive(),
  to: z.number().int().positive(),
  changes: z.array(MinutesChangeSchema),
});
export type MinutesDiff = z.infer<typeof MinutesDiffSchema>;

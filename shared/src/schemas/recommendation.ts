import { z } from 'zod';
import { CaseStatusSchema } from './case';
import { IdSchema, InstantSchema } from './common';

/**
 * "Decide": the board's structured recommendation per case, each
 * participant's position on it, and how the coordinator closed the case.
 */
export const INTENTS = ['curative', 'palliative', 'diagnostic'] as const;
export const MODALITIES = [
  'surgery',
  'radiotherapy',
  'systemic_therapy',
  'clinical_trial',
  'further_diagnostics',
  'best_supportive_care',
  'watch_and_wait',
] as const;
export type Modality = (typeof MODALITIES)[number];
export const GUIDELINE_BODIES = ['esmo', 'nccn', 's3', 'asco', 'ksmo', 'other'] as const;
export const POSITIONS = ['agree', 'disagree', 'abstain'] as const;
export type Position = (typeof POSITIONS)[number];
export const CLOSE_OUTCOMES = ['decided', 'deferred', 're_present'] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/**
 * Trial registries a referral may name: ClinicalTrials.gov, EU CTR (EudraCT
 * and CTIS numbers), Germany's DRKS, Korea's CRIS, ISRCTN and WHO's UTN.
 */
export const TRIAL_REGISTRY_ID =
  /^(NCT\d{8}|\d{4}-\d{6}-\d{2}|\d{4}-5\d{5}-\d{2}-\d{2}|DRKS\d{8}|KCT\d{7}|ISRCTN\d{8}|U\d{4}-\d{4}-\d{4})$/;

const text = (max: number) => z.string().trim().max(max);

export const GuidelineBasisSchema = z.object({
  body: z.enum(GUIDELINE_BODIES),
  /** e.g. "Non-small-cell lung cancer" */
  name: text(200).min(1),
  /** e.g. "2024" or "v3.2025" */
  version: text(40).min(1),
});
export type GuidelineBasis = z.infer<typeof GuidelineBasisSchema>;

export const RecommendationContentSchema = z
  .object({
    decisionText: text(4000),
    intent: z.enum(INTENTS).nullable(),
    modalities: z
      .array(z.enum(MODALITIES))
      .max(MODALITIES.length)
      .refine((list) => new Set(list).size === list.length, 'Each modality once'),
    guideline: GuidelineBasisSchema.nullable(),
    /** null = not assessed yet. */
    isGuidelineConcordant: z.boolean().nullable(),
    nonConcordanceReason: text(1000),
    trialRegistryId: z
      .string()
      .trim()
      .toUpperCase()
      .regex(TRIAL_REGISTRY_ID, 'Registry id like NCT04613596, DRKS00012345 or KCT0001234')
      .nullable(),
    followUpOn: z.iso.date().nullable(),
    rePresent: z.boolean(),
  })
  .superRefine((content, issues) => {
    if (content.isGuidelineConcordant === false && content.nonConcordanceReason === '') {
      issues.addIssue({
        code: 'custom',
        path: ['nonConcordanceReason'],
        message: 'Say why the recommendation departs from the guideline',
      });
    }
  });
export type RecommendationContent = z.infer<typeof RecommendationContentSchema>;

export const EMPTY_RECOMMENDATION: RecommendationContent = {
  decisionText: '',
  intent: null,
  modalities: [],
  guideline: null,
  isGuidelineConcordant: null,
  nonConcordanceReason: '',
  trialRegistryId: null,
  followUpOn: null,
  rePresent: false,
};

/** Full replacement; `version` is the one the editor started from (0 = none saved yet). */
export const SaveRecommendationInputSchema = z.object({
  version: z.number().int().min(0),
  content: RecommendationContentSchema,
});
export type SaveRecommendationInput = z.infer<typeof SaveRecommendationInputSchema>;

/**
 * A position judges one recommendation version: the one the person was looking at. When it is
 * no longer the current version the server answers 409 `recommendation_changed`.
 */
export const StatePositionInputSchema = z.object({
  position: z.enum(POSITIONS),
  note: text(1000),
  recommendationVersion: z.number().int().positive(),
});
export type StatePositionInput = z.infer<typeof StatePositionInputSchema>;

export const CloseCaseInputSchema = z
  .object({
    outcome: z.enum(CLOSE_OUTCOMES),
    reason: text(1000),
  })
  .superRefine((input, issues) => {
    if (input.outcome === 'deferred' && input.reason === '') {
      issues.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Say why the case is deferred',
      });
    }
  });
export type CloseCaseInput = z.infer<typeof CloseCaseInputSchema>;

/** Reopening a closed case is deliberate: the reason goes into the audit trail and the minutes. */
export const ReopenCaseInputSchema = z.object({ reason: text(1000).min(1) });
export type ReopenCaseInput = z.infer<typeof ReopenCaseInputSchema>;

/** Moves a case that was not discussed to a later board's agenda. */
export const CarryOverInputSchema = z.object({ toBoardId: IdSchema });
export type CarryOverInput = z.infer<typeof CarryOverInputSchema>;

export const CASE_EVENT_KINDS = ['closed', 'reopened', 'not_discussed', 'carried_over'] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

const BoardRefSchema = z.object({ id: IdSchema, title: z.string(), startsAt: InstantSchema });

/**
 * What happened to a case's decision, in order: closings, reopenings, the board ending
 * before it was reached, and carrying it over to another board.
 */
export const CaseEventSchema = z.object({
  kind: z.enum(CASE_EVENT_KINDS),
  at: InstantSchema,
  /** Null for what the system did (marking cases not discussed when the board ended). */
  by: z.object({ name: z.string(), institutionCode: z.string() }).nullable(),
  /** For `closed`: the outcome; for others null. */
  outcome: CaseStatusSchema.nullable(),
  reason: z.string().nullable(),
  /** The board the case was on when this happened. */
  board: BoardRefSchema,
  /** For `carried_over`: the board it moved to. */
  toBoard: BoardRefSchema.nullable(),
});
export type CaseEvent = z.infer<typeof CaseEventSchema>;

const PersonSchema = z.object({
  id: IdSchema,
  name: z.string(),
  institution: z.object({ id: IdSchema, code: z.string() }),
});

export const RecommendationSchema = z.object({
  content: RecommendationContentSchema,
  version: z.number().int().positive(),
  updatedBy: PersonSchema.nullable(),
  updatedAt: InstantSchema,
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const PositionEntrySchema = z.object({
  participant: PersonSchema,
  position: z.enum(POSITIONS),
  note: z.string(),
  statedAt: InstantSchema,
  /**
   * The recommendation version this position judged. Only positions on the current version
   * count in the tally; null for positions recorded before positions were bound to versions
   * without any recommendation.
   */
  recommendationVersion: z.number().int().positive().nullable(),
});
export type PositionEntry = z.infer<typeof PositionEntrySchema>;

export const TallySchema = z.object({
  agree: z.number().int(),
  disagree: z.number().int(),
  abstain: z.number().int(),
});
export type Tally = z.infer<typeof TallySchema>;

export const DecisionPermissionsSchema = z.object({
  canEditRecommendation: z.boolean(),
  canStatePosition: z.boolean(),
  canClose: z.boolean(),
  canReopen: z.boolean(),
});

/** Everything about one case's decision, as one viewer may see it. */
export const CaseDecisionSchema = z.object({
  boardId: IdSchema,
  caseId: IdSchema,
  status: CaseStatusSchema,
  /** Why the case was deferred or is to be re-presented. */
  statusReason: z.string().nullable(),
  recommendation: RecommendationSchema.nullable(),
  /** By institution code, then name; each says which recommendation version it judged. */
  positions: z.array(PositionEntrySchema),
  /** Counts only positions on the current recommendation version. */
  tally: TallySchema,
  /** Closings, reopenings and carry-overs, oldest first. */
  history: z.array(CaseEventSchema),
  permissions: DecisionPermissionsSchema,
});
export type CaseDecision = z.infer<typeof CaseDecisionSchema>;

export const CaseDecisionResponseSchema = z.object({ decision: CaseDecisionSchema });
export type CaseDecisionResponse = z.infer<typeof CaseDecisionResponseSchema>;

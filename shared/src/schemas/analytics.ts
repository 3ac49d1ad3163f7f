import { z } from 'zod';
import { SPECIALTIES } from '../roles';
import { TumorEntitySchema } from './board';
import { IdSchema, InstantSchema } from './common';
import { INTENTS, MODALITIES } from './recommendation';

/**
 * Board analytics for coordinators and admins: `GET /api/analytics` with the filters below as
 * query parameters, and `GET /api/analytics/<figure>.csv` with the same filters for one figure.
 * Only boards that took place (ended) count; a board belongs to the month of its local start
 * date in its own time zone.
 */

/** An empty query parameter (`?series=`) means "no filter", as a form with a cleared field sends it. */
const optionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const LocalDateSchema = z.iso.date();

export const AnalyticsQuerySchema = z
  .object({
    /** First local start date counted (inclusive), YYYY-MM-DD. */
    from: optionalParam(LocalDateSchema),
    /** Last local start date counted (inclusive), YYYY-MM-DD. */
    to: optionalParam(LocalDateSchema),
    /** Board series: boards with exactly this title. */
    series: optionalParam(z.string().trim().min(1).max(200)),
    /** Institution code (e.g. "CHA") or id: cases of that home institution, attendees of it. */
    institution: optionalParam(z.string().trim().min(1).max(100)),
    /** Tumor entity of the board. */
    entity: optionalParam(TumorEntitySchema),
  })
  .superRefine((query, issues) => {
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      issues.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'The period ends before it starts',
      });
    }
  });
export type AnalyticsQuery = z.infer<typeof AnalyticsQuerySchema>;

/** Every figure, in the order the page shows them; also the `<figure>` of the CSV route. */
export const ANALYTICS_FIGURES = [
  'casesPerBoard',
  'casesPerMonth',
  'timePerCase',
  'decisionsByIntent',
  'decisionsByModality',
  'guidelineConcordance',
  'closingRates',
  'daysToDecision',
  'participationByInstitution',
  'participationBySpecialty',
] as const;
export const AnalyticsFigureSchema = z.enum(ANALYTICS_FIGURES);
export type AnalyticsFigure = z.infer<typeof AnalyticsFigureSchema>;

/** YYYY-MM of the board's local start date. */
const MonthSchema = z.string().regex(/^\d{4}-\d{2}$/);
const count = z.number().int().min(0);
/** A share between 0 and 1; null when there is nothing to divide by. */
const rate = z.number().min(0).max(1).nullable();

export const CasesPerBoardRowSchema = z.object({
  boardId: IdSchema,
  title: z.string(),
  startsAt: InstantSchema,
  /** The board's local start date in its own zone, YYYY-MM-DD. */
  localDate: LocalDateSchema,
  timeZone: z.string(),
  /** Cases closed at this board (decided, deferred or to be presented again). */
  discussed: count,
  decided: count,
  /** Cases the board ended without reaching. */
  notDiscussed: count,
});

export const CasesPerMonthRowSchema = z.object({
  month: MonthSchema,
  boards: count,
  discussed: count,
  decided: count,
  notDiscussed: count,
});

export const TimePerCaseRowSchema = z.object({
  boardId: IdSchema,
  boardTitle: z.string(),
  localDate: LocalDateSchema,
  caseId: IdSchema,
  pseudonym: z.string(),
  allottedMinutes: count,
  /** How long the case was the board's current case, in minutes (one decimal). */
  actualMinutes: z.number().min(0),
});

/** `not_stated`: decided without an intent recorded. */
export const ANALYTICS_INTENTS = [...INTENTS, 'not_stated'] as const;
export const DecisionsByIntentRowSchema = z.object({
  intent: z.enum(ANALYTICS_INTENTS),
  cases: count,
});

/** A decision with several modalities counts once under each. */
export const DecisionsByModalityRowSchema = z.object({
  modality: z.enum(MODALITIES),
  cases: count,
});

export const ConcordanceRowSchema = z.object({
  /** Decided cases. */
  decided: count,
  /** Decided cases whose recommendation says whether it follows the guideline. */
  assessed: count,
  concordant: count,
  /** concordant / assessed. */
  rate,
});
export const GuidelineConcordanceSchema = z.object({
  byMonth: z.array(ConcordanceRowSchema.extend({ month: MonthSchema })),
  total: ConcordanceRowSchema,
});

/**
 * How cases on the boards' agendas ended. decided, deferred and re_present are out of the cases
 * closed at the board; not_discussed and carried_over out of all cases on the agenda
 * (closed + not discussed).
 */
export const CLOSING_KINDS = [
  'decided',
  'deferred',
  're_present',
  'not_discussed',
  'carried_over',
] as const;
export const ClosingRateRowSchema = z.object({
  kind: z.enum(CLOSING_KINDS),
  cases: count,
  outOf: count,
  rate,
});

/** Whole days (24 h) from submission to the decision, grouped. */
export const DAYS_TO_DECISION_BUCKETS = ['0-7', '8-14', '15-28', '29-56', '57+'] as const;
export const DaysToDecisionSchema = z.object({
  buckets: z.array(z.object({ bucket: z.enum(DAYS_TO_DECISION_BUCKETS), cases: count })),
  /** Null without decided cases. Quartiles by nearest rank. */
  median: z.number().nullable(),
  lowerQuartile: z.number().nullable(),
  upperQuartile: z.number().nullable(),
  cases: z.array(
    z.object({
      caseId: IdSchema,
      pseudonym: z.string(),
      boardId: IdSchema,
      boardTitle: z.string(),
      submittedAt: InstantSchema,
      decidedAt: InstantSchema,
      days: count,
    }),
  ),
});

export const ParticipationByInstitutionRowSchema = z.object({
  institutionId: IdSchema,
  code: z.string(),
  name: z.string(),
  /** Different people who attended. */
  people: count,
  /** Person × board: each board a person attended counts once. */
  attendances: count,
});

/** `not_stated`: people without a specialty in their profile. */
export const ANALYTICS_SPECIALTIES = [...SPECIALTIES, 'not_stated'] as const;
export const ParticipationBySpecialtyRowSchema = z.object({
  specialty: z.enum(ANALYTICS_SPECIALTIES),
  people: count,
  attendances: count,
});

export const AnalyticsInstitutionOptionSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
});

export const AnalyticsResponseSchema = z.object({
  /** The filters as applied (institution given by code or id comes back as its code). */
  filters: z.object({
    from: LocalDateSchema.nullable(),
    to: LocalDateSchema.nullable(),
    series: z.string().nullable(),
    institution: z.string().nullable(),
    entity: TumorEntitySchema.nullable(),
  }),
  /** What the viewer may filter by: from the ended boards in their scope. */
  options: z.object({
    series: z.array(z.string()),
    institutions: z.array(AnalyticsInstitutionOptionSchema),
    entities: z.array(TumorEntitySchema),
  }),
  figures: z.object({
    casesPerBoard: z.array(CasesPerBoardRowSchema),
    casesPerMonth: z.array(CasesPerMonthRowSchema),
    timePerCase: z.array(TimePerCaseRowSchema),
    decisionsByIntent: z.array(DecisionsByIntentRowSchema),
    decisionsByModality: z.array(DecisionsByModalityRowSchema),
    guidelineConcordance: GuidelineConcordanceSchema,
    closingRates: z.array(ClosingRateRowSchema),
    daysToDecision: DaysToDecisionSchema,
    participationByInstitution: z.array(ParticipationByInstitutionRowSchema),
    participationBySpecialty: z.array(ParticipationBySpecialtyRowSchema),
  }),
});
export type AnalyticsResponse = z.infer<typeof AnalyticsResponseSchema>;
export type AnalyticsFigures = AnalyticsResponse['figures'];

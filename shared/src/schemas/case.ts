import { z } from 'zod';
import {
  DIAGNOSIS_SYSTEM_NAMES,
  DICOM_UID,
  ICD10_CODE,
  ICDO3_MORPHOLOGY,
  ICDO3_TOPOGRAPHY,
} from '../clinical/codes';
import { GRADES, TNM_EDITIONS, TNM_PREFIXES, tnmCategories, UICC_STAGES } from '../clinical/tnm';
import { SPECIALTIES } from '../roles';
import { IdSchema, InstantSchema } from './common';

export const CASE_STATUSES = [
  'draft',
  'submitted',
  'ready',
  'decided',
  'deferred',
  're_present',
  /** Set when the board ended before the case was reached; it may be carried over. */
  'not_discussed',
] as const;
export const CaseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/**
 * A closed case is locked: no recommendation edits and no positions until a coordinator
 * reopens it with a reason.
 */
export const CLOSED_CASE_STATUSES = [
  'decided',
  'deferred',
  're_present',
  'not_discussed',
] as const satisfies readonly CaseStatus[];
export const isClosedCaseStatus = (status: CaseStatus): boolean =>
  (CLOSED_CASE_STATUSES as readonly CaseStatus[]).includes(status);

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const AGE_BANDS = ['0-17', '18-39', '40-49', '50-59', '60-69', '70-79', '80+'] as const;
export const LATERALITIES = [
  'left',
  'right',
  'bilateral',
  'midline',
  'not_applicable',
  'unknown',
] as const;
export const REFERENCE_KINDS = ['imaging', 'pathology'] as const;

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const DateSchema = z.iso.date();
const HttpsUrlSchema = z.url({ protocol: /^https?$/ }).max(2000);

export const CodedDiagnosisInputSchema = z.object({
  system: z.enum(DIAGNOSIS_SYSTEM_NAMES),
  code: z.string().trim().toUpperCase().regex(ICD10_CODE, 'ICD-10 code like C34.1'),
  text: requiredText(300),
});

export const DiagnosisInputSchema = z.object({
  icd10: CodedDiagnosisInputSchema.nullable(),
  topography: z
    .string()
    .trim()
    .toUpperCase()
    .regex(ICDO3_TOPOGRAPHY, 'ICD-O-3 topography like C34.1')
    .nullable(),
  morphology: z
    .string()
    .trim()
    .regex(ICDO3_MORPHOLOGY, 'ICD-O-3 morphology like 8140/3')
    .nullable(),
  laterality: z.enum(LATERALITIES).nullable(),
  diagnosedOn: DateSchema.nullable(),
});
export type DiagnosisInput = z.infer<typeof DiagnosisInputSchema>;

const TnmCategorySchema = z.object({
  prefix: z.enum(TNM_PREFIXES),
  category: z.string().trim().max(8),
});

export const StagingInputSchema = z.object({
  /** Explicitly not applicable (e.g. haematological or CNS tumours). */
  notApplicable: z.boolean(),
  edition: z.enum(TNM_EDITIONS).nullable(),
  t: TnmCategorySchema.nullable(),
  n: TnmCategorySchema.nullable(),
  m: TnmCategorySchema.nullable(),
  uiccStage: z.enum(UICC_STAGES).nullable(),
  grade: z.enum(GRADES).nullable(),
});
export type StagingInput = z.infer<typeof StagingInputSchema>;

export const BiomarkerSchema = z.object({ name: requiredText(80), result: requiredText(200) });
export const PriorTherapySchema = z.object({
  description: requiredText(300),
  startedOn: DateSchema.nullable(),
  endedOn: DateSchema.nullable(),
});
export const ClinicalReferenceSchema = z.object({
  kind: z.enum(REFERENCE_KINDS),
  description: requiredText(300),
  date: DateSchema.nullable(),
  dicomStudyUid: z
    .string()
    .trim()
    .max(64)
    .regex(DICOM_UID, 'DICOM UID like 1.2.840.113619.2.55')
    .nullable(),
  url: HttpsUrlSchema.nullable(),
});
export const PromScoreSchema = z.object({
  instrument: requiredText(80),
  scale: requiredText(80),
  date: DateSchema,
  score: z.number().min(0).max(100),
});

/** Everything the submitting institution enters about a case. */
const CaseContentObject = z.object({
  presenterId: IdSchema.nullable(),
  ageYears: z.number().int().min(0).max(120).nullable(),
  ageBand: z.enum(AGE_BANDS).nullable(),
  sex: z.enum(SEXES).nullable(),
  diagnosis: DiagnosisInputSchema,
  staging: StagingInputSchema,
  biomarkers: z.array(BiomarkerSchema).max(30),
  ecog: z.number().int().min(0).max(5).nullable(),
  comorbidities: text(2000),
  priorTherapies: z.array(PriorTherapySchema).max(30),
  references: z.array(ClinicalReferenceSchema).max(50),
  proms: z.array(PromScoreSchema).max(200),
  question: text(2000),
  consent: z.boolean(),
  /** Home-institution reference (e.g. MRN): never shown outside the home institution. */
  homeReference: text(64).nullable(),
});

type CaseContentShape = z.infer<typeof CaseContentObject>;

/** Rules across fields: TNM categories from the chosen edition's vocabulary, one kind of age. */
function checkCaseContent(content: CaseContentShape, ctx: z.RefinementCtx): void {
  if (content.ageYears !== null && content.ageBand !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['ageBand'],
      message: 'Give either an age or an age band',
    });
  }
  const { staging } = content;
  if (staging.notApplicable) return;
  const axes = ['t', 'n', 'm'] as const;
  const anyCategory = axes.some((axis) => staging[axis] !== null);
  if (anyCategory && staging.edition === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['staging', 'edition'],
      message: 'Choose the TNM edition',
    });
    return;
  }
  if (staging.edition === null) return;
  for (const axis of axes) {
    const value = staging[axis];
    if (!value) continue;
    const allowed = tnmCategories(staging.edition, axis, content.diagnosis.icd10?.code);
    if (!allowed.includes(value.category)) {
      ctx.addIssue({
        code: 'custom',
        path: ['staging', axis, 'category'],
        message: `Not a ${axis.toUpperCase()} category of TNM edition ${staging.edition} for this site (allowed: ${allowed.join(', ')})`,
      });
    }
  }
}

export const CaseContentSchema = CaseContentObject.superRefine(checkCaseContent);
export type CaseContent = z.infer<typeof CaseContentSchema>;

export const CreateCaseInputSchema = CaseContentObject.extend({
  allottedMinutes: z.number().int().min(1).max(120).default(5),
}).superRefine(checkCaseContent);
export type CreateCaseInput = z.infer<typeof CreateCaseInputSchema>;

/** Full replacement of the content; `version` guards against lost updates. */
export const UpdateCaseInputSchema = CaseContentObject.extend({
  version: z.number().int().positive(),
}).superRefine(checkCaseContent);
export type UpdateCaseInput = z.infer<typeof UpdateCaseInputSchema>;

export const ChangeCaseStatusInputSchema = z.object({
  status: z.enum(['draft', 'submitted', 'ready']),
  version: z.number().int().positive(),
});
export type ChangeCaseStatusInput = z.infer<typeof ChangeCaseStatusInputSchema>;

export const CaseParamsSchema = z.object({ boardId: IdSchema, caseId: IdSchema });

/** Why a case is not ready yet (readiness check). */
export const READINESS_GAPS = ['diagnosis', 'staging', 'ecog', 'question', 'consent'] as const;
export type ReadinessGap = (typeof READINESS_GAPS)[number];
/** Decision-support hints: expected data, shown as warnings, never blockers. */
export const DECISION_HINTS = ['lung_pdl1', 'lung_egfr', 'lung_alk'] as const;
export type DecisionHint = (typeof DECISION_HINTS)[number];

export const ReadinessSchema = z.object({
  isReady: z.boolean(),
  missing: z.array(z.enum(READINESS_GAPS)),
  warnings: z.array(z.enum(DECISION_HINTS)),
});
export type Readiness = z.infer<typeof ReadinessSchema>;

const CaseInstitutionSchema = z.object({ id: IdSchema, code: z.string(), name: z.string() });
const PresenterSchema = z.object({
  id: IdSchema,
  name: z.string(),
  specialty: z.enum(SPECIALTIES).nullable(),
});

export const CasePermissionsSchema = z.object({
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canMarkReady: z.boolean(),
});

/** One agenda row. `homeReference` is present only for the home institution's users. */
export const CaseSummarySchema = z.object({
  id: IdSchema,
  boardId: IdSchema,
  pseudonym: z.string(),
  position: z.number().int(),
  allottedMinutes: z.number().int(),
  status: CaseStatusSchema,
  version: z.number().int(),
  homeInstitution: CaseInstitutionSchema,
  presenter: PresenterSchema.nullable(),
  diagnosisSummary: z.string().nullable(),
  stageSummary: z.string().nullable(),
  consent: z.boolean(),
  readiness: ReadinessSchema,
  homeReference: z.string().nullable().optional(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const CodedDiagnosisSchema = CodedDiagnosisInputSchema.extend({ version: z.string() });

/** The full case as the API returns it. */
export const CaseDetailSchema = CaseSummarySchema.extend({
  ageYears: z.number().int().nullable(),
  ageBand: z.enum(AGE_BANDS).nullable(),
  sex: z.enum(SEXES).nullable(),
  diagnosis: DiagnosisInputSchema.extend({
    icd10: CodedDiagnosisSchema.nullable(),
    icdO3Version: z.string(),
  }),
  staging: StagingInputSchema,
  biomarkers: z.array(BiomarkerSchema),
  ecog: z.number().int().nullable(),
  comorbidities: z.string(),
  priorTherapies: z.array(PriorTherapySchema),
  references: z.array(ClinicalReferenceSchema),
  proms: z.array(PromScoreSchema),
  question: z.string(),
  permissions: CasePermissionsSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

export const CaseResponseSchema = z.object({ case: CaseDetailSchema });
export type CaseResponse = z.infer<typeof CaseResponseSchema>;

import {
  type GUIDELINE_BODIES,
  type INTENTS,
  MODALITIES,
  type Modality,
  type RecommendationContent,
  RecommendationContentSchema,
} from '@konsil/shared';

export type Intent = (typeof INTENTS)[number];
export type GuidelineBody = (typeof GUIDELINE_BODIES)[number];
export type Concordance = 'yes' | 'no' | 'unknown';

/** The recommendation form as typed: text fields stay strings so any of them can be half-filled. */
export interface RecommendationFormValues {
  decisionText: string;
  intent: Intent | '';
  modalities: Modality[];
  guidelineBody: GuidelineBody | '';
  guidelineName: string;
  guidelineVersion: string;
  concordance: Concordance;
  nonConcordanceReason: string;
  trialRegistryId: string;
  /** YYYY-MM-DD, or '' for none. */
  followUpOn: string;
  rePresent: boolean;
}

function concordanceOf(value: boolean | null): Concordance {
  if (value === null) return 'unknown';
  return value ? 'yes' : 'no';
}

/** The form for a saved recommendation (or for none: `EMPTY_RECOMMENDATION`). */
export function formValues(content: RecommendationContent): RecommendationFormValues {
  return {
    decisionText: content.decisionText,
    intent: content.intent ?? '',
    modalities: MODALITIES.filter((modality) => content.modalities.includes(modality)),
    guidelineBody: content.guideline?.body ?? '',
    guidelineName: content.guideline?.name ?? '',
    guidelineVersion: content.guideline?.version ?? '',
    concordance: concordanceOf(content.isGuidelineConcordant),
    nonConcordanceReason: content.nonConcordanceReason,
    trialRegistryId: content.trialRegistryId ?? '',
    followUpOn: content.followUpOn ?? '',
    rePresent: content.rePresent,
  };
}

/**
 * The request's `content` as typed, before validation: blanks become null, and a reason for
 * departing from the guideline is only sent while "not concordant" is chosen (switching back and
 * forth keeps it in the form).
 */
export function draftContent(values: RecommendationFormValues) {
  const guidelineName = values.guidelineName.trim();
  const guidelineVersion = values.guidelineVersion.trim();
  const hasGuideline =
    values.guidelineBody !== '' || guidelineName !== '' || guidelineVersion !== '';
  const trialRegistryId = values.trialRegistryId.trim().toUpperCase();
  return {
    decisionText: values.decisionText.trim(),
    intent: values.intent === '' ? null : values.intent,
    // In the contract's order, so that ticking and unticking does not count as a change.
    modalities: MODALITIES.filter((modality) => values.modalities.includes(modality)),
    guideline: hasGuideline
      ? { body: values.guidelineBody, name: guidelineName, version: guidelineVersion }
      : null,
    isGuidelineConcordant: values.concordance === 'unknown' ? null : values.concordance === 'yes',
    nonConcordanceReason: values.concordance === 'no' ? values.nonConcordanceReason.trim() : '',
    trialRegistryId: trialRegistryId === '' ? null : trialRegistryId,
    followUpOn: values.followUpOn === '' ? null : values.followUpOn,
    rePresent: values.rePresent,
  };
}

/** Whether two forms would save the same recommendation (whitespace and order aside). */
export function isSameContent(a: RecommendationFormValues, b: RecommendationFormValues): boolean {
  return JSON.stringify(draftContent(a)) === JSON.stringify(draftContent(b));
}

export type RecommendationValidation =
  | { success: true; data: RecommendationContent }
  | { success: false; paths: string[] };

/** Checks the form with the shared schema; error paths read like the server's ("content.…"). */
export function validateRecommendation(values: RecommendationFormValues): RecommendationValidation {
  const result = RecommendationContentSchema.safeParse(draftContent(values));
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    paths: result.error.issues.map((issue) => ['content', ...issue.path.map(String)].join('.')),
  };
}

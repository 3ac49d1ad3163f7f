import type { FieldRule } from '../../lib/fieldPaths';

/**
 * Why a field of a decision request was refused, said in the viewer's language as
 * `decision.errors.<hint>` (the server's own field messages are English).
 */
export type DecisionFieldHint =
  | 'tooLong'
  | 'choice'
  | 'modalities'
  | 'guidelineBody'
  | 'guidelineName'
  | 'guidelineVersion'
  | 'nonConcordanceReason'
  | 'trialRegistryId'
  | 'followUpOn'
  | 'closeReason'
  | 'reopenReason';

/** Where each field error of SaveRecommendationInput is shown, and which hint explains it. */
export const RECOMMENDATION_FIELD_RULES: Record<string, FieldRule<DecisionFieldHint>> = {
  'content.decisionText': { hint: 'tooLong' },
  'content.intent': { hint: 'choice' },
  'content.modalities': { hint: 'modalities' },
  'content.modalities.*': { hint: 'modalities', field: 'content.modalities' },
  'content.guideline': { hint: 'guidelineBody', field: 'content.guideline.body' },
  'content.guideline.body': { hint: 'guidelineBody' },
  'content.guideline.name': { hint: 'guidelineName' },
  'content.guideline.version': { hint: 'guidelineVersion' },
  'content.isGuidelineConcordant': { hint: 'choice' },
  'content.nonConcordanceReason': { hint: 'nonConcordanceReason' },
  'content.trialRegistryId': { hint: 'trialRegistryId' },
  'content.followUpOn': { hint: 'followUpOn' },
  'content.rePresent': { hint: 'choice' },
};

/** StatePositionInput. */
export const POSITION_FIELD_RULES: Record<string, FieldRule<DecisionFieldHint>> = {
  note: { hint: 'tooLong' },
};

/** CloseCaseInput: a deferral needs a reason. */
export const CLOSE_FIELD_RULES: Record<string, FieldRule<DecisionFieldHint>> = {
  reason: { hint: 'closeReason' },
};

/** ReopenCaseInput: reopening always says why. */
export const REOPEN_FIELD_RULES: Record<string, FieldRule<DecisionFieldHint>> = {
  reason: { hint: 'reopenReason' },
};

import type { CaseStatus, Modality } from '@konsil/shared';
import type { CaseRecord } from '../../storage/repositories/cases';
import type { RecommendationRecord } from '../../storage/repositories/decisions';
import {
  type FhirResource,
  KONSIL,
  KONSIL_EXTENSION,
  MULTIDISCIPLINARY_ASSESSMENT,
  referenceTo,
  stableUuid,
} from './konsilSystems';

const MODALITY_DISPLAY: Record<Modality, string> = {
  surgery: 'Surgery',
  radiotherapy: 'Radiotherapy',
  systemic_therapy: 'Systemic therapy',
  clinical_trial: 'Clinical trial',
  further_diagnostics: 'Further diagnostics',
  best_supportive_care: 'Best supportive care',
  watch_and_wait: 'Watch and wait',
};

/**
 * The plan's status follows the case: decided → active, deferred or to be presented again →
 * on-hold, anything still open (or not reached) → draft.
 */
function planStatus(status: CaseStatus): { plan: string; activity: string } {
  if (status === 'decided') return { plan: 'active', activity: 'not-started' };
  if (status === 'deferred' || status === 're_present')
    return { plan: 'on-hold', activity: 'on-hold' };
  return { plan: 'draft', activity: 'not-started' };
}

/** Konsil's codes are snake_case; FHIR codes of its own code systems use hyphens. */
const fhirCode = (code: string) => code.replaceAll('_', '-');

function extensionsOf(recommendation: RecommendationRecord): Record<string, unknown>[] {
  const { content, version } = recommendation;
  const extension: Record<string, unknown>[] = [
    { url: KONSIL_EXTENSION.recommendationVersion, valuePositiveInt: version },
    { url: KONSIL_EXTENSION.rePresent, valueBoolean: content.rePresent },
  ];
  if (content.intent)
    extension.push({
      url: KONSIL_EXTENSION.treatmentIntent,
      valueCodeableConcept: { coding: [{ system: KONSIL.intent, code: content.intent }] },
    });
  if (content.guideline)
    extension.push({
      url: KONSIL_EXTENSION.guideline,
      extension: [
        {
          url: 'body',
          valueCoding: { system: KONSIL.guidelineBody, code: content.guideline.body },
        },
        { url: 'name', valueString: content.guideline.name },
        { url: 'version', valueString: content.guideline.version },
      ],
    });
  if (content.isGuidelineConcordant !== null)
    extension.push({
      url: KONSIL_EXTENSION.guidelineConcordance,
      extension: [
        { url: 'concordant', valueBoolean: content.isGuidelineConcordant },
        ...(content.nonConcordanceReason
          ? [{ url: 'reason', valueString: content.nonConcordanceReason }]
          : []),
      ],
    });
  if (content.trialRegistryId)
    extension.push({
      url: KONSIL_EXTENSION.trialReferral,
      valueIdentifier: { system: KONSIL.trialRegistryId, value: content.trialRegistryId },
    });
  return extension;
}

export interface CarePlanInput {
  item: CaseRecord;
  recommendation: RecommendationRecord;
  patient: FhirResource;
  condition: FhirResource | null;
  review: FhirResource;
}

/**
 * The board's recommendation as a CarePlan (intent plan, category SNOMED CT 312384001): the
 * decision text as description, each modality and the follow-up as activities, and what R4
 * has no element for — version, intent, guideline basis, concordance, trial referral,
 * re-presentation — as Konsil extensions.
 */
export function carePlanOf({
  item,
  recommendation,
  patient,
  condition,
  review,
}: CarePlanInput): FhirResource {
  const { content } = recommendation;
  const status = planStatus(item.status);
  const activity: Record<string, unknown>[] = content.modalities.map((modality) => ({
    detail: {
      code: {
        coding: [
          {
            system: KONSIL.modality,
            code: fhirCode(modality),
            display: MODALITY_DISPLAY[modality],
          },
        ],
        text: MODALITY_DISPLAY[modality],
      },
      status: status.activity,
    },
  }));
  if (content.followUpOn)
    activity.push({
      detail: {
        code: { coding: [{ system: KONSIL.boardItem, code: 'follow-up' }], text: 'Follow-up' },
        status: status.activity,
        scheduledPeriod: { start: content.followUpOn },
      },
    });
  return {
    resourceType: 'CarePlan',
    id: stableUuid(item.id, 'care-plan'),
    extension: extensionsOf(recommendation),
    identifier: [{ system: KONSIL.caseId, value: item.id }],
    status: status.plan,
    intent: 'plan',
    category: [{ coding: [MULTIDISCIPLINARY_ASSESSMENT] }],
    title: 'Tumor board recommendation',
    ...(content.decisionText ? { description: content.decisionText } : {}),
    subject: referenceTo(patient),
    created: recommendation.updatedAt,
    ...(recommendation.updatedBy
      ? {
          author: {
            display: `${recommendation.updatedBy.name} (${recommendation.updatedBy.institution.code})`,
          },
        }
      : {}),
    ...(condition ? { addresses: [referenceTo(condition)] } : {}),
    supportingInfo: [referenceTo(review)],
    ...(activity.length > 0 ? { activity } : {}),
  };
}

import type { CaseContent, DecisionHint, Readiness, ReadinessGap } from '../schemas/case';
import { isLungCode } from './codes';

type ReadinessInput = Pick<
  CaseContent,
  'diagnosis' | 'staging' | 'ecog' | 'question' | 'consent' | 'biomarkers'
>;

/** Small-cell (8041–8045) and carcinoid/neuroendocrine (8240–8249) morphologies: NSCLC marker hints do not apply. */
const NOT_NSCLC = /^(804[1-5]|824[0-9])\//;

const LUNG_MARKERS: { hint: DecisionHint; name: RegExp }[] = [
  { hint: 'lung_pdl1', name: /pd-?l1/i },
  { hint: 'lung_egfr', name: /egfr/i },
  { hint: 'lung_alk', name: /\balk\b/i },
];

/**
 * A case is ready for the board only with a diagnosis, staging (or staging
 * explicitly not applicable), ECOG, a question and consent to cross-institution
 * discussion. Entity-specific hints are warnings, never blockers.
 */
export function assessReadiness(content: ReadinessInput): Readiness {
  const missing: ReadinessGap[] = [];
  if (!content.diagnosis.icd10) missing.push('diagnosis');
  const { staging } = content;
  const isStaged =
    staging.notApplicable ||
    (staging.edition !== null && staging.t !== null && staging.n !== null && staging.m !== null);
  if (!isStaged) missing.push('staging');
  if (content.ecog === null) missing.push('ecog');
  if (content.question.trim() === '') missing.push('question');
  if (!content.consent) missing.push('consent');

  const warnings: DecisionHint[] = [];
  const code = content.diagnosis.icd10?.code;
  const isNotNsclc = NOT_NSCLC.test(content.diagnosis.morphology ?? '');
  if (isLungCode(code) && !isNotNsclc) {
    for (const marker of LUNG_MARKERS) {
      if (!content.biomarkers.some((biomarker) => marker.name.test(biomarker.name)))
        warnings.push(marker.hint);
    }
  }
  return { isReady: missing.length === 0, missing, warnings };
}

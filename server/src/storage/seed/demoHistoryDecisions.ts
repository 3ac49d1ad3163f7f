import {
  EMPTY_RECOMMENDATION,
  type GuidelineBasis,
  type RecommendationContent,
} from '@konsil/shared';

const S3_LUNG: GuidelineBasis = { body: 's3', name: 'Lungenkarzinom', version: '3.0' };
const NCCN_NSCLC: GuidelineBasis = {
  body: 'nccn',
  name: 'Non-Small Cell Lung Cancer',
  version: '3.2025',
};
const ESMO_NSCLC: GuidelineBasis = {
  body: 'esmo',
  name: 'Early and locally advanced NSCLC',
  version: '2024',
};

/**
 * Recommendations the earlier boards reached, taken in turn by their decided cases, so that the
 * analytics page shows every intent, most modalities and a few departures from the guideline.
 */
export const HISTORY_RECOMMENDATIONS: RecommendationContent[] = [
  {
    ...EMPTY_RECOMMENDATION,
    decisionText: 'Lobektomie mit systematischer Lymphadenektomie. 폐엽절제술 및 림프절 곽청술.',
    intent: 'curative',
    modalities: ['surgery'],
    guideline: S3_LUNG,
    isGuidelineConcordant: true,
  },
  {
    ...EMPTY_RECOMMENDATION,
    decisionText:
      'Neoadjuvante Chemoimmuntherapie, danach Resektion. 수술 전 항암면역치료 후 절제.',
    intent: 'curative',
    modalities: ['surgery', 'systemic_therapy'],
    guideline: NCCN_NSCLC,
    isGuidelineConcordant: true,
  },
  {
    ...EMPTY_RECOMMENDATION,
    decisionText: 'Erstlinie Osimertinib. 1차 오시머티닙 치료.',
    intent: 'palliative',
    modalities: ['systemic_therapy'],
    guideline: ESMO_NSCLC,
    isGuidelineConcordant: true,
  },
  {
    ...EMPTY_RECOMMENDATION,
    decisionText: 'Definitive Radiochemotherapie statt Resektion. 수술 대신 근치적 항암방사선치료.',
    intent: 'curative',
    modalities: ['radiotherapy', 'systemic_therapy'],
    guideline: S3_LUNG,
    isGuidelineConcordant: false,
    nonConcordanceReason: 'Der Patient lehnt die Operation ab. 환자가 수술을 거부함.',
  },
  {
    ...EMPTY_RECOMMENDATION,
    decisionText: 'Best supportive care, palliativmedizinische Mitbetreuung. 최선의 지지요법.',
    intent: 'palliative',
    modalities: ['best_supportive_care'],
  },
  {
    ...EMPTY_RECOMMENDATION,
    decisionText:
      'EBUS-Staging der mediastinalen Lymphknoten vor der Therapieentscheidung. EBUS 병기 결정.',
    intent: 'diagnostic',
    modalities: ['further_diagnostics'],
    guideline: S3_LUNG,
    isGuidelineConcordant: true,
  },
  {
    ...EMPTY_RECOMMENDATION,
    decisionText: 'Einschluss in die Studie NCT04613596. 임상시험 참여.',
    intent: 'palliative',
    modalities: ['clinical_trial'],
    guideline: NCCN_NSCLC,
    isGuidelineConcordant: true,
    trialRegistryId: 'NCT04613596',
  },
  {
    ...EMPTY_RECOMMENDATION,
    decisionText: 'Stereotaktische Bestrahlung, danach Nachsorge. 정위적 방사선치료 후 추적관찰.',
    intent: 'curative',
    modalities: ['radiotherapy', 'watch_and_wait'],
    guideline: ESMO_NSCLC,
    isGuidelineConcordant: false,
    nonConcordanceReason: 'Funktionell inoperabel; Studienlage abgewogen. 기능적 수술 불가.',
  },
];

import type { AnalyticsFigure } from '@konsil/shared';

/**
 * The page's sections in the order of the accreditation questions (how many cases, how long,
 * what was decided, by the guideline?, what was left open, how fast, who attended); each
 * section holds one or two figures of the contract.
 */
export const ANALYTICS_SECTIONS = [
  { id: 'cases', figures: ['casesPerBoard', 'casesPerMonth'] },
  { id: 'time', figures: ['timePerCase'] },
  { id: 'decisions', figures: ['decisionsByIntent', 'decisionsByModality'] },
  { id: 'concordance', figures: ['guidelineConcordance'] },
  { id: 'closing', figures: ['closingRates'] },
  { id: 'days', figures: ['daysToDecision'] },
  { id: 'participation', figures: ['participationByInstitution', 'participationBySpecialty'] },
] as const satisfies readonly { id: string; figures: readonly AnalyticsFigure[] }[];

export type AnalyticsSectionId = (typeof ANALYTICS_SECTIONS)[number]['id'];

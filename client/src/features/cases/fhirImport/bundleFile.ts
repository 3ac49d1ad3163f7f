import type { CreateCaseInput } from '@konsil/shared';

type PromScore = CreateCaseInput['proms'][number];

/**
 * The server's limit for an imported bundle (5 MB). Checked here only to spare the upload of a
 * file the server would refuse; the server decides.
 */
export const BUNDLE_MAX_BYTES = 5 * 1024 * 1024;

/** Why a chosen file is not sent at all. */
export type FileRefusal = 'empty' | 'tooLarge';

export function refusalOf(file: { size: number }): FileRefusal | null {
  if (file.size === 0) return 'empty';
  if (file.size > BUNDLE_MAX_BYTES) return 'tooLarge';
  return null;
}

/** One questionnaire's scores in a preview: how many, and on which days (oldest first). */
export interface PromQuestionnaire {
  instrument: string;
  scoreCount: number;
  dates: string[];
}

/**
 * PROM scores grouped by instrument, in the order the instruments first appear: a preview names
 * "EORTC QLQ-C30: 15 scores on 25 Nov 2026" rather than listing every scale.
 */
export function promQuestionnaires(proms: readonly PromScore[]): PromQuestionnaire[] {
  const byInstrument = new Map<string, { scoreCount: number; dates: Set<string> }>();
  for (const score of proms) {
    const entry = byInstrument.get(score.instrument) ?? { scoreCount: 0, dates: new Set() };
    entry.scoreCount += 1;
    entry.dates.add(score.date);
    byInstrument.set(score.instrument, entry);
  }
  return [...byInstrument].map(([instrument, { scoreCount, dates }]) => ({
    instrument,
    scoreCount,
    // ISO dates sort as strings.
    dates: [...dates].sort(),
  }));
}

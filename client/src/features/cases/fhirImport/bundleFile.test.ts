import type { CreateCaseInput } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { BUNDLE_MAX_BYTES, promQuestionnaires, refusalOf } from './bundleFile';

type PromScore = CreateCaseInput['proms'][number];

describe('refusalOf', () => {
  it('lets a file up to 5 MB through', () => {
    expect(refusalOf({ size: 1 })).toBeNull();
    expect(refusalOf({ size: 5 * 1024 * 1024 })).toBeNull();
  });

  it('refuses a file over 5 MB and an empty file', () => {
    expect(refusalOf({ size: BUNDLE_MAX_BYTES + 1 })).toBe('tooLarge');
    expect(refusalOf({ size: 0 })).toBe('empty');
  });
});

const score = (instrument: string, scale: string, date: string): PromScore => ({
  instrument,
  scale,
  date,
  score: 50,
});

describe('promQuestionnaires', () => {
  it('counts the scores of each instrument and lists its days once, oldest first', () => {
    const proms = [
      score('EORTC QLQ-C30', 'Fatigue', '2026-11-25'),
      score('EORTC QLQ-LC13', 'Dyspnoea', '2026-10-01'),
      score('EORTC QLQ-C30', 'Pain', '2026-09-02'),
      score('EORTC QLQ-C30', 'Global health status/QoL', '2026-11-25'),
    ];
    expect(promQuestionnaires(proms)).toEqual([
      { instrument: 'EORTC QLQ-C30', scoreCount: 3, dates: ['2026-09-02', '2026-11-25'] },
      { instrument: 'EORTC QLQ-LC13', scoreCount: 1, dates: ['2026-10-01'] },
    ]);
  });

  it('has nothing to show without scores', () => {
    expect(promQuestionnaires([])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { completeLungCase } from '../test/caseContent';
import { futureDateIssues } from './dates';

describe('futureDateIssues', () => {
  it('accepts today and earlier', () => {
    expect(futureDateIssues(completeLungCase(), '2026-10-05')).toEqual([]);
  });

  it('names every date after today', () => {
    const input = completeLungCase({
      priorTherapies: [
        { description: 'Cisplatin/Pemetrexed', startedOn: '2026-10-01', endedOn: '2026-12-24' },
      ],
      references: [
        {
          kind: 'imaging',
          description: 'PET-CT',
          date: '2026-12-04',
          dicomStudyUid: null,
          url: null,
        },
      ],
    });
    const paths = futureDateIssues(
      { ...input, diagnosis: { ...input.diagnosis, diagnosedOn: '2026-12-04' } },
      '2026-12-03',
    ).map((issue) => issue.path);
    expect(paths).toEqual([
      'diagnosis.diagnosedOn',
      'priorTherapies.0.endedOn',
      'references.0.date',
    ]);
  });
});

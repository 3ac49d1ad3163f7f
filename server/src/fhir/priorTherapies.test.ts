import { describe, expect, it } from 'vitest';
import type { PathNote } from './fhirValues';
import { mapProcedure } from './priorTherapies';

const SNOMED = 'http://snomed.info/sct';

describe('mapProcedure', () => {
  it('takes a named procedure as a prior therapy with its period', () => {
    const unmapped: PathNote[] = [];
    const therapy = mapProcedure(
      {
        resourceType: 'Procedure',
        code: { coding: [{ system: SNOMED, code: '173171007' }], text: 'Lobectomy' },
        performedPeriod: { start: '2026-03-02', end: '2026-03-02' },
      },
      'Bundle.entry[4].resource',
      unmapped,
    );
    expect(therapy).toEqual({
      description: 'Lobectomy',
      startedOn: '2026-03-02',
      endedOn: '2026-03-02',
    });
    expect(unmapped).toEqual([]);
  });

  it('leaves out a tumor board review (an exported board decision), and says so', () => {
    const unmapped: PathNote[] = [];
    const therapy = mapProcedure(
      {
        resourceType: 'Procedure',
        code: { coding: [{ system: SNOMED, code: '720006006' }], text: 'Tumor board review' },
        performedDateTime: '2026-11-02T07:00:00Z',
      },
      'Bundle.entry[9].resource',
      unmapped,
    );
    expect(therapy).toBeNull();
    expect(unmapped).toEqual([
      expect.objectContaining({
        path: 'Bundle.entry[9].resource.code',
        code: 'procedure_board_review',
      }),
    ]);
  });

  it('does not mistake the same number in another code system for a board review', () => {
    const therapy = mapProcedure(
      {
        resourceType: 'Procedure',
        code: { coding: [{ system: 'http://example.org/local', code: '720006006' }], text: 'Port' },
      },
      'Bundle.entry[2].resource',
      [],
    );
    expect(therapy?.description).toBe('Port');
  });
});

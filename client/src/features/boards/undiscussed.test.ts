import type { CaseStatus, CaseSummary } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { endingSummary, notDiscussedCases } from './undiscussed';

function caseWith(pseudonym: string, status: CaseStatus): CaseSummary {
  return {
    id: `00000000-0000-4000-8000-${pseudonym.padStart(12, '0')}`,
    boardId: '00000000-0000-4000-8000-00000000b0a1',
    pseudonym,
    position: 1,
    allottedMinutes: 10,
    status,
    version: 1,
    homeInstitution: { id: '00000000-0000-4000-8000-0000000000b1', code: 'CCCC', name: 'Berlin' },
    presenter: null,
    diagnosisSummary: null,
    stageSummary: null,
    consent: true,
    readiness: { isReady: true, missing: [], warnings: [] },
  };
}

const agenda = [
  caseWith('1', 'decided'),
  caseWith('2', 'ready'),
  caseWith('3', 'draft'),
  caseWith('4', 'submitted'),
  caseWith('5', 'deferred'),
  caseWith('6', 're_present'),
];

describe('what ending the board leaves undiscussed', () => {
  it('names the submitted and ready cases, in agenda order, of the cases put before the board', () => {
    const summary = endingSummary(agenda);
    expect(summary.undiscussed.map((item) => item.pseudonym)).toEqual(['2', '4']);
    // The draft was never put before the board.
    expect(summary.total).toBe(5);
  });

  it('leaves nothing when every case has an outcome, and counts nothing on an agenda of drafts', () => {
    expect(endingSummary([caseWith('1', 'decided'), caseWith('2', 'deferred')])).toEqual({
      undiscussed: [],
      total: 2,
    });
    expect(endingSummary([caseWith('1', 'draft')])).toEqual({ undiscussed: [], total: 0 });
  });

  it('finds the cases an ended board did not reach', () => {
    const ended = [
      caseWith('1', 'decided'),
      caseWith('2', 'not_discussed'),
      caseWith('3', 'draft'),
    ];
    expect(notDiscussedCases(ended).map((item) => item.pseudonym)).toEqual(['2']);
  });
});

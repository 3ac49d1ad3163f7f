import { EMPTY_RECOMMENDATION, type MinutesCase, type MinutesContent } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { buildAmendmentInput, draftFromMinutes } from './amendment';

const CASE_A = '00000000-0000-4000-8000-00000000000a';
const CASE_B = '00000000-0000-4000-8000-00000000000b';

function minutesCase(caseId: string, overrides: Partial<MinutesCase> = {}): MinutesCase {
  return {
    caseId,
    position: 1,
    pseudonym: `KS-${caseId.slice(-1).toUpperCase()}`,
    homeInstitutionCode: 'CHB',
    diagnosis: 'C34.1 Malignant neoplasm of upper lobe',
    stage: 'cT2a cN1 cM0 · IIB',
    question: 'Surgery or chemoradiation?',
    notes: 'Discussed imaging.\nPET negative for distant disease.',
    recommendation: { ...EMPTY_RECOMMENDATION, decisionText: 'Lobectomy, then adjuvant therapy.' },
    positions: [],
    tally: { agree: 0, disagree: 0, abstain: 0 },
    status: 'decided',
    statusReason: null,
    ...overrides,
  };
}

const content: MinutesContent = {
  board: {
    id: '00000000-0000-4000-8000-000000000001',
    title: 'Joint Thoracic Tumor Board',
    tumorEntity: 'thoracic',
    startsAt: '2026-12-03T07:00:00.000Z',
    timeZone: 'Europe/Berlin',
    startedAt: '2026-12-03T07:01:00.000Z',
    endedAt: '2026-12-03T07:55:00.000Z',
    host: { code: 'CHB', name: 'Charité Berlin', timeZone: 'Europe/Berlin' },
    institutions: [
      { code: 'CHB', name: 'Charité Berlin', timeZone: 'Europe/Berlin' },
      { code: 'SNUH', name: 'Seoul National University Hospital', timeZone: 'Asia/Seoul' },
    ],
  },
  attendance: [],
  cases: [minutesCase(CASE_A), minutesCase(CASE_B, { recommendation: null, notes: '' })],
  summary: 'Two cases discussed.',
};
const signed = { version: 2, content };

describe('buildAmendmentInput', () => {
  it('sends only the cases whose text changed, based on the version it started from', () => {
    const draft = draftFromMinutes(content);
    draft.reason = '  Typo in the recommendation  ';
    draft.cases[CASE_A] = { notes: content.cases[0]?.notes ?? '', decisionText: 'Lobectomy.' };
    const check = buildAmendmentInput(signed, draft);
    expect(check).toEqual({
      ok: true,
      input: {
        basedOnVersion: 2,
        reason: 'Typo in the recommendation',
        summary: 'Two cases discussed.',
        cases: [
          {
            caseId: CASE_A,
            notes: 'Discussed imaging.\nPET negative for distant disease.',
            decisionText: 'Lobectomy.',
          },
        ],
      },
    });
  });

  it('keeps line breaks inside notes and trims only the ends', () => {
    const draft = draftFromMinutes(content);
    draft.reason = 'Notes completed';
    draft.cases[CASE_B] = { notes: '\nFirst line\n\nSecond line\n', decisionText: '' };
    const check = buildAmendmentInput(signed, draft);
    expect(check.ok && check.input.cases).toEqual([
      { caseId: CASE_B, notes: 'First line\n\nSecond line', decisionText: '' },
    ]);
  });

  it('takes a changed summary alone as an amendment', () => {
    const draft = {
      ...draftFromMinutes(content),
      reason: 'Summary',
      summary: 'Two cases; one deferred.',
    };
    const check = buildAmendmentInput(signed, draft);
    expect(check.ok && check.input).toMatchObject({
      summary: 'Two cases; one deferred.',
      cases: [],
    });
  });

  it('refuses an amendment without a reason', () => {
    const draft = { ...draftFromMinutes(content), reason: '   ', summary: 'Changed.' };
    expect(buildAmendmentInput(signed, draft)).toEqual({ ok: false, problems: ['reasonMissing'] });
  });

  it('refuses an amendment that changes nothing, whitespace at the ends included', () => {
    const draft = draftFromMinutes(content);
    draft.reason = 'No real change';
    draft.summary = `  ${content.summary}\n`;
    draft.cases[CASE_A] = {
      notes: `${content.cases[0]?.notes ?? ''}   `,
      decisionText: ' Lobectomy, then adjuvant therapy.',
    };
    expect(buildAmendmentInput(signed, draft)).toEqual({
      ok: false,
      problems: ['nothingChanged'],
    });
  });

  it('names both problems at once', () => {
    expect(buildAmendmentInput(signed, draftFromMinutes(content))).toEqual({
      ok: false,
      problems: ['reasonMissing', 'nothingChanged'],
    });
  });
});

import { EMPTY_RECOMMENDATION, type MinutesContent } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson';
import { draftHashOf, signedHashOf } from './minutesHash';

const content: MinutesContent = {
  board: {
    id: '7b0f6c52-8a38-4a43-9c3b-1f2d3e4f5a6b',
    title: 'Joint Thoracic Tumor Board',
    tumorEntity: 'thoracic',
    startsAt: '2026-12-03T07:00:00.000Z',
    timeZone: 'Europe/Berlin',
    startedAt: '2026-12-03T07:01:00.000Z',
    endedAt: '2026-12-03T08:02:00.000Z',
    host: { code: 'CCCC', name: 'Charité Comprehensive Cancer Center', timeZone: 'Europe/Berlin' },
    institutions: [
      { code: 'CCCC', name: 'Charité Comprehensive Cancer Center', timeZone: 'Europe/Berlin' },
      { code: 'SCCC', name: 'Seoul Comprehensive Cancer Center', timeZone: 'Asia/Seoul' },
    ],
  },
  attendance: [],
  cases: [
    {
      caseId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      position: 1,
      pseudonym: 'CCCC-7KQ2M',
      homeInstitutionCode: 'CCCC',
      diagnosis: 'C34.1 Oberlappen',
      stage: 'cT2a cN2b cM0 · UICC IIIB',
      question: 'Operabel?',
      notes: '폐암은 좌상엽에 국한',
      recommendation: { ...EMPTY_RECOMMENDATION, decisionText: 'Lobektomie' },
      positions: [],
      tally: { agree: 0, disagree: 0, abstain: 0 },
      status: 'decided',
      statusReason: null,
    },
  ],
  summary: '',
};

const facts = {
  version: 1,
  signedBy: {
    id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    name: 'Dr. Anna Weber',
    institutionCode: 'CCCC',
  },
  signedAt: '2026-12-03T09:00:00.000Z',
  amendmentReason: null,
};

describe('minutes hashes', () => {
  it('does not depend on the order of keys', () => {
    const reordered = JSON.parse(
      JSON.stringify({
        summary: content.summary,
        cases: content.cases,
        attendance: [],
        board: content.board,
      }),
    );
    expect(canonicalJson(reordered)).toBe(canonicalJson(content));
    expect(draftHashOf(reordered)).toBe(draftHashOf(content));
  });

  it('is stable: the same content and signature give the same hex digest', () => {
    const hash = signedHashOf(content, facts);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(signedHashOf(structuredClone(content), { ...facts })).toBe(hash);
  });

  it('changes with any word of the text, and with who signed when', () => {
    const hash = signedHashOf(content, facts);
    const edited = structuredClone(content);
    (edited.cases[0] as (typeof content.cases)[number]).notes = '폐암은 우상엽에 국한';
    expect(signedHashOf(edited, facts)).not.toBe(hash);
    expect(signedHashOf(content, { ...facts, signedAt: '2026-12-03T09:00:01.000Z' })).not.toBe(
      hash,
    );
    expect(signedHashOf(content, { ...facts, version: 2 })).not.toBe(hash);
  });

  it('writes canonical JSON without whitespace and refuses what JSON cannot hold', () => {
    expect(canonicalJson({ b: [1, 'ä'], a: null, c: undefined })).toBe('{"a":null,"b":[1,"ä"]}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});

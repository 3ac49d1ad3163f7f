import { EMPTY_RECOMMENDATION, type MinutesCase } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import type { SignedMinutesRecord } from '../storage/repositories/minutes';
import { pdfText } from '../test/pdfText';
import { caseLetterOf, type LetterReader, letterAvailabilityOf } from './caseLetter';
import { renderLetterPdf } from './letterPdf';

const CASE_ID = '0d6b2a44-6d0e-4a39-9d55-2b8f2f3b7a10';
const HASH = 'a'.repeat(64);

function minutesCase(overrides: Partial<MinutesCase> = {}): MinutesCase {
  return {
    caseId: CASE_ID,
    position: 1,
    pseudonym: 'SCCC-4HQ7T',
    homeInstitutionCode: 'SCCC',
    diagnosis: 'C18.7 Malignant neoplasm of sigmoid colon',
    stage: 'pT3 pN1a cM0 · UICC IIIB',
    question: 'Adjuvant chemotherapy: CAPOX for 3 or 6 months?',
    notes: '',
    recommendation: {
      ...EMPTY_RECOMMENDATION,
      decisionText: 'CAPOX für 3 Monate; CEA- und CT-Kontrolle.',
      intent: 'curative',
      modalities: ['systemic_therapy'],
      guideline: { body: 'esmo', name: 'Localised colon cancer', version: '2020' },
      isGuidelineConcordant: false,
      nonConcordanceReason: 'Neuropathie-Risiko bei Diabetes',
      trialRegistryId: 'KCT0001234',
      followUpOn: '2027-01-15',
      rePresent: true,
    },
    recommendationVersion: 3,
    positions: [
      {
        name: 'Dr. Lee',
        institutionCode: 'SCCC',
        position: 'agree',
        note: '',
        recommendationVersion: 3,
      },
      {
        name: 'Dr. Weiß',
        institutionCode: 'CCCC',
        position: 'abstain',
        note: '',
        recommendationVersion: 3,
      },
      // Disagreed with version 2; not counted, so not among the dissent of version 3.
      {
        name: 'Dr. Park',
        institutionCode: 'SCCC',
        position: 'disagree',
        note: '6 Monate',
        recommendationVersion: 2,
      },
    ],
    tally: { agree: 1, disagree: 0, abstain: 1 },
    status: 'decided',
    statusReason: null,
    ...overrides,
  };
}

function signed(cases: MinutesCase[]): SignedMinutesRecord {
  const seoul = {
    code: 'SCCC',
    name: 'Samsung Comprehensive Cancer Center',
    timeZone: 'Asia/Seoul',
  };
  const berlin = {
    code: 'CCCC',
    name: 'Charité Comprehensive Cancer Center',
    timeZone: 'Europe/Berlin',
  };
  return {
    boardId: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
    version: 2,
    contentHash: HASH,
    signedBy: {
      id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      name: '박서연',
      institutionCode: 'SCCC',
    },
    signedAt: '2026-11-05T09:30:00.000Z',
    amendmentReason: 'Kontrolltermin ergänzt',
    content: {
      board: {
        id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
        title: 'GI-Tumorkonferenz',
        tumorEntity: null,
        startsAt: '2026-11-04T07:00:00.000Z',
        timeZone: 'Asia/Seoul',
        startedAt: '2026-11-04T07:02:00.000Z',
        endedAt: '2026-11-04T08:00:00.000Z',
        host: seoul,
        institutions: [seoul, berlin],
      },
      attendance: [],
      cases,
      summary: '',
    },
  };
}

const reader = (overrides: Partial<LetterReader> = {}): LetterReader => ({
  locale: 'de',
  timeZone: 'Europe/Berlin',
  homeReference: null,
  issuedAt: '2026-11-06T13:45:00.000Z',
  ...overrides,
});

describe('letterAvailabilityOf', () => {
  it('has a letter only for a case decided, with a recommendation, in signed minutes', () => {
    expect(letterAvailabilityOf(undefined, CASE_ID)).toEqual({
      isAvailable: false,
      reason: 'minutes_not_signed',
    });
    expect(letterAvailabilityOf(signed([minutesCase()]), CASE_ID)).toEqual({
      isAvailable: true,
      minutesVersion: 2,
      contentHash: HASH,
    });
    const notAvailable = { isAvailable: false, reason: 'letter_not_available' };
    for (const status of ['deferred', 're_present', 'not_discussed', 'ready'] as const) {
      expect(letterAvailabilityOf(signed([minutesCase({ status })]), CASE_ID), status).toEqual(
        notAvailable,
      );
    }
    expect(letterAvailabilityOf(signed([minutesCase({ recommendation: null })]), CASE_ID)).toEqual(
      notAvailable,
    );
    expect(letterAvailabilityOf(signed([]), CASE_ID)).toEqual(notAvailable);
  });
});

describe('caseLetterOf', () => {
  it('counts dissent on the judged version only, and says how many positions were left out', () => {
    const letter = caseLetterOf(signed([minutesCase()]), CASE_ID, reader());
    expect(letter?.dissent).toEqual([]);
    expect(letter?.positionsOnEarlierVersions).toBe(1);
    expect(letter?.tally).toEqual({ agree: 1, disagree: 0, abstain: 1 });
    expect(letter?.board.heldAt).toBe('2026-11-04T07:02:00.000Z');
    expect(letter?.patient.homeInstitution).toEqual({
      code: 'SCCC',
      name: 'Samsung Comprehensive Cancer Center',
    });
  });

  it('keeps every position of minutes signed before versions were recorded', () => {
    const old = minutesCase({
      recommendationVersion: undefined,
      positions: [
        { name: 'Dr. Park', institutionCode: 'SCCC', position: 'disagree', note: '6 Monate' },
      ],
      tally: { agree: 0, disagree: 1, abstain: 0 },
    });
    const letter = caseLetterOf(signed([old]), CASE_ID, reader());
    expect(letter?.recommendationVersion).toBeNull();
    expect(letter?.dissent).toEqual([
      { name: 'Dr. Park', institutionCode: 'SCCC', note: '6 Monate' },
    ]);
    expect(letter?.positionsOnEarlierVersions).toBe(0);
  });

  it('has none for a case that was not decided', () => {
    expect(
      caseLetterOf(signed([minutesCase({ status: 'deferred' })]), CASE_ID, reader()),
    ).toBeNull();
  });
});

describe('renderLetterPdf', () => {
  it('writes every part of the recommendation, in German, with times in the reader’s zone', async () => {
    const letter = caseLetterOf(signed([minutesCase()]), CASE_ID, reader());
    if (!letter) throw new Error('no letter');
    const text = await pdfText(await renderLetterPdf(letter));
    expect(text).toContain('Empfehlung der Tumorkonferenz, Version 3');
    expect(text).toContain('Leitliniengrundlage: ESMO: Localised colon cancer, Version 2020');
    expect(text).toContain('Leitlinienkonform: Nein — Begründung: Neuropathie-Risiko bei Diabetes');
    expect(text).toContain('Studienzuweisung: KCT0001234');
    expect(text).toContain('Kontrolle am: 15. Januar 2027');
    expect(text).toContain('erneut vorgestellt werden');
    expect(text).toContain('Meinungsbild zu Version 3');
    expect(text).toContain('Zustimmung 1 · Widerspruch 0 · Enthaltung 1');
    expect(text).toContain('Niemand hat widersprochen.');
    expect(text).toContain(
      'Eine Haltung zu einer früheren Fassung der Empfehlung ist nicht mitgezählt.',
    );
    expect(text).not.toContain('6 Monate');
    expect(text).toContain('Berichtigung: Kontrolltermin ergänzt');
    // 07:02 UTC is 08:02 in Berlin (winter time); signed at 09:30 UTC is 10:30 there.
    expect(text).toContain('Datum der Konferenz: 4. November 2026 um 08:02 (Europe/Berlin)');
    expect(text).toContain('Unterschrieben am: 5. November 2026 um 10:30 (Europe/Berlin)');
    expect(text).toContain('Version: 2 · Unterschrieben von: 박서연 (SCCC)');
    expect(text).toContain(HASH);
  });

  it('writes Korean with Hangul and a 24-hour clock, and the home reference when given', async () => {
    const letter = caseLetterOf(
      signed([minutesCase()]),
      CASE_ID,
      reader({ locale: 'ko', timeZone: 'Asia/Seoul', homeReference: 'SMC-20261104-17' }),
    );
    if (!letter) throw new Error('no letter');
    const text = await pdfText(await renderLetterPdf(letter));
    expect(text).toContain('종양 협진 회의 권고안');
    expect(text).toContain('기관 내부 식별 번호: SMC-20261104-17');
    // 07:02 UTC is 16:02 in Seoul: afternoon, on a 24-hour clock.
    expect(text).toContain('회의 일시: 2026년 11월 4일 16:02 (Asia/Seoul)');
    expect(text).not.toMatch(/오전|오후/);
    expect(text).toContain('추적 관찰일: 2027년 1월 15일');
    expect(text).toContain('진료지침 부합 여부: 아니요 — 사유: Neuropathie-Risiko bei Diabetes');
    expect(text).toContain('이전 버전의 권고안에 대해 밝힌 의견 1건은 집계에서 제외되었습니다.');
  });
});

import {
  type CaseEvent,
  EMPTY_RECOMMENDATION,
  type MinutesContent,
  type MinutesVersion,
} from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../test/pdfText';
import { renderMinutesPdf } from './minutesPdf';

const BERLIN = {
  code: 'CCCC',
  name: 'Charité Comprehensive Cancer Center',
  timeZone: 'Europe/Berlin',
};
const SEOUL = { code: 'SCCC', name: 'Seoul Comprehensive Cancer Center', timeZone: 'Asia/Seoul' };
const BOARD_REF = {
  id: '7b0f6c52-8a38-4a43-9c3b-1f2d3e4f5a6b',
  title: 'Joint Thoracic Tumor Board',
  startsAt: '2026-12-03T15:00:00.000Z',
};
const LATER_BOARD = {
  id: '8c1f6c52-8a38-4a43-9c3b-1f2d3e4f5a6b',
  title: 'Thoracic Board January',
  startsAt: '2027-01-14T15:00:00.000Z',
};

const event = (overrides: Partial<CaseEvent>): CaseEvent => ({
  kind: 'closed',
  at: '2026-12-03T15:20:00.000Z',
  by: { name: 'Anna Berger', institutionCode: 'CCCC' },
  outcome: null,
  reason: null,
  board: BOARD_REF,
  toBoard: null,
  ...overrides,
});

/**
 * A board held 16:02–16:34 Berlin (00:02–00:34 the next day in Seoul): a case decided on
 * version 2 of its recommendation after a reopening, with a position left on version 1, and a
 * case carried over to a later board.
 */
const content: MinutesContent = {
  board: {
    ...BOARD_REF,
    tumorEntity: 'thoracic',
    timeZone: 'Europe/Berlin',
    startedAt: '2026-12-03T15:02:00.000Z',
    endedAt: '2026-12-03T15:34:00.000Z',
    host: BERLIN,
    institutions: [BERLIN, SEOUL],
  },
  attendance: [
    {
      name: 'Anna Berger',
      role: 'coordinator',
      institutionCode: 'CCCC',
      timeZone: 'Europe/Berlin',
      intervals: [{ from: '2026-12-03T15:02:00.000Z', to: '2026-12-03T15:34:00.000Z' }],
    },
    {
      name: 'Dr. 김민준',
      role: 'clinician',
      institutionCode: 'SCCC',
      timeZone: 'Asia/Seoul',
      intervals: [
        { from: '2026-12-03T14:58:00.000Z', to: '2026-12-03T15:10:00.000Z' },
        { from: '2026-12-03T15:28:00.000Z', to: '2026-12-03T15:34:00.000Z' },
      ],
    },
  ],
  cases: [
    {
      caseId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      position: 1,
      pseudonym: 'CCCC-7KQ2M',
      homeInstitutionCode: 'CCCC',
      diagnosis: 'C34.1 Oberlappen',
      stage: 'cT2a cN2b cM0 · UICC IIIB',
      question: 'Operabel?',
      notes: 'Lungenfunktion grenzwertig',
      recommendation: { ...EMPTY_RECOMMENDATION, decisionText: 'Lobektomie' },
      recommendationVersion: 2,
      positions: [
        {
          name: 'Anna Berger',
          institutionCode: 'CCCC',
          position: 'agree',
          note: '',
          recommendationVersion: 2,
        },
        {
          name: 'Dr. 김민준',
          institutionCode: 'SCCC',
          position: 'disagree',
          note: 'Neoadjuvant zuerst',
          recommendationVersion: 1,
        },
      ],
      tally: { agree: 1, disagree: 0, abstain: 0 },
      status: 'decided',
      statusReason: null,
      history: [
        event({ outcome: 'decided', at: '2026-12-03T15:20:00.000Z' }),
        event({ kind: 'reopened', at: '2026-12-03T15:28:00.000Z', reason: 'Dosis korrigieren' }),
        event({ outcome: 'decided', at: '2026-12-03T15:31:00.000Z' }),
      ],
    },
    {
      caseId: '2c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      position: 2,
      pseudonym: 'SCCC-4HT8P',
      homeInstitutionCode: 'SCCC',
      diagnosis: null,
      stage: null,
      question: '수술 가능?',
      notes: '',
      recommendation: null,
      recommendationVersion: null,
      positions: [],
      tally: { agree: 0, disagree: 0, abstain: 0 },
      status: 'not_discussed',
      statusReason: null,
      history: [
        event({ kind: 'not_discussed', at: '2026-12-03T15:34:00.000Z', by: null }),
        event({ kind: 'carried_over', at: '2026-12-04T08:00:00.000Z', toBoard: LATER_BOARD }),
      ],
    },
  ],
  summary: '',
};

const signed: MinutesVersion = {
  boardId: BOARD_REF.id,
  version: 1,
  state: 'signed',
  content,
  signature: {
    signedBy: {
      id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      name: 'Anna Berger',
      institutionCode: 'CCCC',
    },
    signedAt: '2026-12-03T16:05:00.000Z',
    contentHash: 'a'.repeat(64),
  },
  amendmentReason: null,
  draftHash: 'a'.repeat(64),
};

const textOf = async (locale: 'en' | 'de' | 'ko', minutes = signed) =>
  (await pdfText(await renderMinutesPdf(minutes, locale))).replace(/[ \t]+/g, ' ');

describe('the minutes PDF', () => {
  it('in German: the page’s words, 24-hour times, versions and history', async () => {
    const text = await textOf('de');
    expect(text).toContain('Fragestellung an die Konferenz');
    expect(text).toContain('Widerspruch');
    expect(text).not.toMatch(/Ablehnung|an das Board/);
    expect(text).toContain('Empfehlung, Version 2');
    expect(text).toContain('Meinungsbild zu Version 2');
    expect(text).toContain('Widerspruch (Zu Version 1 · nicht gezählt) — Neoadjuvant zuerst');
    expect(text).toContain(
      'Wieder geöffnet · Do., 3. Dez. 2026 16:28 (Europe/Berlin) · Anna Berger (CCCC)',
    );
    expect(text).toContain('Begründung: Dosis korrigieren');
    expect(text).toContain('Abgeschlossen: Entschieden · Do., 3. Dez. 2026 16:31');
    expect(text).toContain('Nicht besprochen: Die Konferenz endete vor diesem Fall');
    expect(text).toContain('Übertragen auf Thoracic Board January (Do., 14. Jan. 2027)');
  });

  it('in Korean: 24-hour times, never 오후/오전', async () => {
    const text = await textOf('ko');
    expect(text).not.toMatch(/오후|오전|AM|PM/);
    expect(text).toContain('16:28');
    expect(text).toContain('반대 (버전 1에 대한 의견 · 집계 제외)');
    expect(text).toContain('버전 2에 대한 동의 현황');
  });

  it('gives attendance one table per institution, its zone named once, times on its clock', async () => {
    const text = await textOf('de');
    const attendance = text.slice(text.indexOf('Anwesenheit'), text.indexOf('Fälle'));
    // Berlin: 16:02–16:34 on the board's day.
    expect(attendance).toContain('Zeiten nach Ortszeit Berlin (Europe/Berlin), Do., 3. Dez. 2026');
    expect(attendance).toContain('16:02–16:34');
    // Seoul: past midnight there, so its table is about Friday; times on Seoul's clock.
    expect(attendance).toContain('Zeiten nach Ortszeit Seoul (Asia/Seoul), Fr., 4. Dez. 2026');
    expect(attendance).toContain('3. Dez. 23:58–00:10, 00:28–00:34');
    // Each zone once in the tables: no per-interval date and zone.
    expect(attendance.match(/Europe\/Berlin/g)).toHaveLength(1);
    expect(attendance.match(/Asia\/Seoul/g)).toHaveLength(1);
  });

  it('reads minutes signed before versions and history were recorded', async () => {
    const old = structuredClone(signed);
    for (const item of old.content.cases) {
      delete item.recommendationVersion;
      delete item.history;
      for (const entry of item.positions) delete entry.recommendationVersion;
    }
    for (const entry of old.content.attendance) delete entry.timeZone;
    const text = await textOf('en', old);
    expect(text).toContain('Agreement');
    expect(text).not.toMatch(/version \d, not counted|Agreement on version/);
    expect(text).toContain('Times in Seoul time (Asia/Seoul)');
  });
});

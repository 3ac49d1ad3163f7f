import type { CaseEvent } from '@konsil/shared';
import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import clinicalDe from '../../lib/i18n/clinical/de.json';
import clinicalEn from '../../lib/i18n/clinical/en.json';
import clinicalKo from '../../lib/i18n/clinical/ko.json';
import { caseEventText } from './caseEventText';

const texts = createInstance();

beforeAll(async () => {
  await texts.init({
    resources: {
      en: { clinical: clinicalEn },
      de: { clinical: clinicalDe },
      ko: { clinical: clinicalKo },
    },
    lng: 'en',
    ns: ['clinical'],
    interpolation: { escapeValue: false },
  });
});

const THORACIC = { id: 'b1', title: 'Thoracic Board', startsAt: '2026-12-03T07:00:00.000Z' };
const LATER = { id: 'b2', title: 'Thoracic Board II', startsAt: '2026-12-10T07:00:00.000Z' };

function event(overrides: Partial<CaseEvent>): CaseEvent {
  return {
    kind: 'closed',
    at: '2026-12-03T07:30:00.000Z',
    by: { name: 'Dr. Weber', institutionCode: 'CHB' },
    outcome: 'decided',
    reason: null,
    board: THORACIC,
    toBoard: null,
    ...overrides,
  };
}

describe('caseEventText', () => {
  it('says a closing with its outcome and who closed it, in each language', () => {
    const closed = event({ outcome: 'deferred', reason: 'Awaiting PET-CT' });
    expect(caseEventText(closed, texts.getFixedT('en', 'clinical'))).toEqual({
      what: 'Closed: Deferred',
      who: 'Dr. Weber (CHB)',
      reason: 'Reason: Awaiting PET-CT',
    });
    expect(caseEventText(closed, texts.getFixedT('de', 'clinical')).what).toBe(
      'Abgeschlossen: Zurückgestellt',
    );
    expect(caseEventText(closed, texts.getFixedT('ko', 'clinical')).reason).toBe(
      '사유: Awaiting PET-CT',
    );
  });

  it('says what the system did, without a reason', () => {
    const t = texts.getFixedT('en', 'clinical');
    const text = caseEventText(event({ kind: 'not_discussed', by: null, outcome: null }), t);
    expect(text).toEqual({
      what: 'Not discussed: the board ended before this case',
      who: 'automatically',
      reason: null,
    });
  });

  it('names the board a case was carried over to the way the caller names boards', () => {
    const carried = event({ kind: 'carried_over', outcome: null, toBoard: LATER });
    const t = texts.getFixedT('ko', 'clinical');
    expect(caseEventText(carried, t).what).toBe('Thoracic Board II(으)로 이월');
    expect(caseEventText(carried, t, (board) => `${board.title} (${board.id})`).what).toBe(
      'Thoracic Board II (b2)(으)로 이월',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  answersFromQuestionnaireResponse,
  MII_QLQ_C30_CODE_SYSTEM,
  QLQ_C30_SCALES,
  type QlqC30Result,
  qlqC30ItemFromLinkId,
  scoreQlqC30,
} from './qlqC30';

// Worked examples, computed by hand with the scoring manual's formulas:
//   RS = mean of the answered items; range = 3 (items 1–28) or 6 (items 29–30)
//   functional:            S = (1 − (RS − 1) / range) × 100
//   symptom, single, QL:   S = ((RS − 1) / range) × 100

function scoresOf(result: QlqC30Result) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.scores;
}

/** One complete response; every scale below is worked out from these answers. */
const COMPLETE: Record<number, number> = {
  1: 1,
  2: 2,
  3: 1,
  4: 1,
  5: 2,
  6: 2,
  7: 3,
  8: 3,
  9: 2,
  10: 3,
  11: 4,
  12: 2,
  13: 1,
  14: 1,
  15: 2,
  16: 2,
  17: 1,
  18: 4,
  19: 3,
  20: 1,
  21: 2,
  22: 2,
  23: 3,
  24: 1,
  25: 2,
  26: 1,
  27: 1,
  28: 3,
  29: 5,
  30: 4,
};

describe('QLQ_C30_SCALES', () => {
  it('uses each of the 30 items exactly once across the 15 scales', () => {
    expect(QLQ_C30_SCALES).toHaveLength(15);
    const items = QLQ_C30_SCALES.flatMap((scale) => scale.items).sort((a, b) => a - b);
    expect(items).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
  });
});

describe('scoreQlqC30 — one complete response', () => {
  const scores = scoresOf(scoreQlqC30(COMPLETE));

  it('scores the functional scales (higher = better)', () => {
    // PF items 1–5 = 1,2,1,1,2 → RS = 7/5 = 1.4 → (1 − 0.4/3) × 100 = 86.67
    expect(scores.PF).toBeCloseTo(86.667, 2);
    // RF items 6,7 = 2,3 → RS = 2.5 → (1 − 1.5/3) × 100 = 50
    expect(scores.RF).toBeCloseTo(50, 6);
    // EF items 21–24 = 2,2,3,1 → RS = 8/4 = 2 → (1 − 1/3) × 100 = 66.67
    expect(scores.EF).toBeCloseTo(66.667, 2);
    // CF items 20,25 = 1,2 → RS = 1.5 → (1 − 0.5/3) × 100 = 83.33
    expect(scores.CF).toBeCloseTo(83.333, 2);
    // SF items 26,27 = 1,1 → RS = 1 → (1 − 0/3) × 100 = 100
    expect(scores.SF).toBeCloseTo(100, 6);
  });

  it('scores the symptom scales (higher = more symptoms)', () => {
    // FA items 10,12,18 = 3,2,4 → RS = 9/3 = 3 → (2/3) × 100 = 66.67
    expect(scores.FA).toBeCloseTo(66.667, 2);
    // NV items 14,15 = 1,2 → RS = 1.5 → (0.5/3) × 100 = 16.67
    expect(scores.NV).toBeCloseTo(16.667, 2);
    // PA items 9,19 = 2,3 → RS = 2.5 → (1.5/3) × 100 = 50
    expect(scores.PA).toBeCloseTo(50, 6);
  });

  it('scores the six single items', () => {
    // DY item 8 = 3 → (2/3) × 100 = 66.67
    expect(scores.DY).toBeCloseTo(66.667, 2);
    // SL item 11 = 4 → (3/3) × 100 = 100
    expect(scores.SL).toBeCloseTo(100, 6);
    // AP item 13 = 1 → (0/3) × 100 = 0
    expect(scores.AP).toBeCloseTo(0, 6);
    // CO item 16 = 2 → (1/3) × 100 = 33.33
    expect(scores.CO).toBeCloseTo(33.333, 2);
    // DI item 17 = 1 → 0
    expect(scores.DI).toBeCloseTo(0, 6);
    // FI item 28 = 3 → (2/3) × 100 = 66.67
    expect(scores.FI).toBeCloseTo(66.667, 2);
  });

  it('scores global health status/QoL from the two 7-point items', () => {
    // QL items 29,30 = 5,4 → RS = 4.5 → (3.5/6) × 100 = 58.33
    expect(scores.QL).toBeCloseTo(58.333, 2);
  });

  it('gives the same scores for a Map as for a record', () => {
    const fromMap = scoresOf(
      scoreQlqC30(new Map(Object.entries(COMPLETE).map(([k, v]) => [Number(k), v]))),
    );
    expect(fromMap).toEqual(scores);
  });
});

describe('scoreQlqC30 — the two 7-point items', () => {
  it('uses range 6, not 3', () => {
    // 29 = 7, 30 = 1 → RS = 4 → (3/6) × 100 = 50 (with range 3 it would wrongly be 100)
    expect(scoresOf(scoreQlqC30({ 29: 7, 30: 1 })).QL).toBeCloseTo(50, 6);
    // 29 = 7, 30 = 7 → RS = 7 → (6/6) × 100 = 100
    expect(scoresOf(scoreQlqC30({ 29: 7, 30: 7 })).QL).toBeCloseTo(100, 6);
    // 29 = 1, 30 = 2 → RS = 1.5 → (0.5/6) × 100 = 8.33
    expect(scoresOf(scoreQlqC30({ 29: 1, 30: 2 })).QL).toBeCloseTo(8.333, 2);
  });

  it('accepts 5, 6 and 7 on items 29–30 but not on items 1–28', () => {
    expect(scoreQlqC30({ 29: 6, 30: 7 }).ok).toBe(true);
    const result = scoreQlqC30({ 28: 5 });
    expect(result).toEqual({
      ok: false,
      problems: [{ item: 28, reason: 'item 28 must be a whole number from 1 to 4, got 5' }],
    });
  });
});

describe('scoreQlqC30 — missing items (at least half answered)', () => {
  it('scores a scale with exactly half of its items answered', () => {
    // EF: 21 = 4, 23 = 2 answered, 22 and 24 missing → 2 of 4 = half
    //   RS = (4 + 2)/2 = 3 → (1 − 2/3) × 100 = 33.33
    const ef = scoresOf(scoreQlqC30({ 21: 4, 23: 2 })).EF;
    expect(ef).toBeCloseTo(33.333, 2);
    // RF: only 6 = 4 → 1 of 2 = half → RS = 4 → (1 − 3/3) × 100 = 0
    expect(scoresOf(scoreQlqC30({ 6: 4 })).RF).toBeCloseTo(0, 6);
    // QL: only 29 = 7 → 1 of 2 = half → RS = 7 → (6/6) × 100 = 100
    expect(scoresOf(scoreQlqC30({ 29: 7 })).QL).toBeCloseTo(100, 6);
  });

  it('scores a scale with more than half answered from those items', () => {
    // FA: 10 = 2, 18 = 4, 12 missing → 2 of 3 → RS = 3 → (2/3) × 100 = 66.67
    expect(scoresOf(scoreQlqC30({ 10: 2, 18: 4 })).FA).toBeCloseTo(66.667, 2);
    // PF: 1 = 2, 2 = 2, 3 = 3, 4 and 5 missing → 3 of 5 → RS = 7/3
    //   → (1 − (4/3)/3) × 100 = (1 − 4/9) × 100 = 55.56
    expect(scoresOf(scoreQlqC30({ 1: 2, 2: 2, 3: 3 })).PF).toBeCloseTo(55.556, 2);
  });

  it('gives no score with less than half answered', () => {
    // EF: only 21 → 1 of 4 < half; FA: only 10 → 1 of 3 < half; PF: 2 of 5 < half
    const scores = scoresOf(scoreQlqC30({ 21: 4, 10: 2, 1: 1, 2: 1 }));
    expect(scores.EF).toBeNull();
    expect(scores.FA).toBeNull();
    expect(scores.PF).toBeNull();
  });

  it('treats null and undefined as not answered', () => {
    const scores = scoresOf(scoreQlqC30({ 8: null, 11: undefined, 13: 2 }));
    expect(scores.DY).toBeNull();
    expect(scores.SL).toBeNull();
    // AP item 13 = 2 → (1/3) × 100 = 33.33
    expect(scores.AP).toBeCloseTo(33.333, 2);
  });

  it('scores nothing from an empty response', () => {
    const scores = scoresOf(scoreQlqC30({}));
    expect(Object.values(scores).every((score) => score === null)).toBe(true);
    expect(Object.keys(scores)).toHaveLength(15);
  });
});

describe('scoreQlqC30 — refusals', () => {
  it('refuses values outside 1–4 and 1–7, listing every one', () => {
    const result = scoreQlqC30({ ...COMPLETE, 1: 0, 12: 2.5, 30: 8 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { item: 1, reason: 'item 1 must be a whole number from 1 to 4, got 0' },
      { item: 12, reason: 'item 12 must be a whole number from 1 to 4, got 2.5' },
      { item: 30, reason: 'item 30 must be a whole number from 1 to 7, got 8' },
    ]);
  });

  it('refuses unknown item numbers', () => {
    const result = scoreQlqC30(
      new Map([
        [0, 1],
        [31, 1],
      ]),
    );
    expect(!result.ok && result.problems.map((problem) => problem.item)).toEqual([0, 31]);
    const byName = scoreQlqC30({ q1: 1 });
    expect(!byName.ok && byName.problems[0]?.reason).toBe(
      'unknown item "q1": items are numbered 1 to 30',
    );
  });

  it('refuses a value that is not a number at all', () => {
    const untrusted = JSON.parse('{"5": "2"}') as Record<string, number>;
    const result = scoreQlqC30(untrusted);
    expect(result.ok).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------

const coding = (code: string) => ({ valueCoding: { system: MII_QLQ_C30_CODE_SYSTEM, code } });
const FOUR = ['not-at-all', 'a-little', 'quite-a-bit', 'very-much'];
const SEVEN = [
  '1-very-poor',
  '2-poor',
  '3-fair',
  '4-good',
  '5-very-good',
  '6-excellent',
  '7-perfect',
];

/** The complete response above as the MII PRO module's QuestionnaireResponse would carry it. */
function miiResponse() {
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire:
      'https://www.medizininformatik-initiative.de/fhir/ext/modul-pro/Questionnaire/mii-qst-pro-eortc-qlq-c30',
    status: 'completed',
    item: Object.entries(COMPLETE).map(([item, value]) => ({
      linkId: `qlq-c30-q${item.padStart(2, '0')}`,
      answer: [coding((Number(item) >= 29 ? SEVEN : FOUR)[value - 1] ?? '')],
    })),
  };
}

describe('qlqC30ItemFromLinkId', () => {
  it('reads the MII linkIds and plain numbering', () => {
    expect(qlqC30ItemFromLinkId('qlq-c30-q01')).toBe(1);
    expect(qlqC30ItemFromLinkId('qlq-c30-q30')).toBe(30);
    expect(qlqC30ItemFromLinkId('q7')).toBe(7);
    expect(qlqC30ItemFromLinkId('7')).toBe(7);
    expect(qlqC30ItemFromLinkId('qlq-c30-q31')).toBeNull();
    expect(qlqC30ItemFromLinkId('QLQ-C30.Introduction')).toBeNull();
    expect(qlqC30ItemFromLinkId('0')).toBeNull();
  });
});

describe('answersFromQuestionnaireResponse', () => {
  it('reads all 30 coded answers and scores them like the plain record', () => {
    const { answers, problems } = answersFromQuestionnaireResponse(miiResponse());
    expect(problems).toEqual([]);
    expect(answers.size).toBe(30);
    expect(answers.get(29)).toBe(5);
    expect(scoresOf(scoreQlqC30(answers))).toEqual(scoresOf(scoreQlqC30(COMPLETE)));
  });

  it('reads valueInteger, role codes, groups and skips display items', () => {
    const { answers, problems } = answersFromQuestionnaireResponse({
      resourceType: 'QuestionnaireResponse',
      item: [
        { linkId: 'QLQ-C30.Introduction' },
        {
          linkId: 'section-1',
          item: [
            { linkId: 'qlq-c30-q06', answer: [{ valueCoding: { code: 'quite-a-bit-role' } }] },
            { linkId: 'q30', answer: [{ valueInteger: 6 }] },
          ],
        },
        { linkId: 'qlq-c30-q08', answer: [] },
      ],
    });
    expect(problems).toEqual([]);
    expect([...answers.entries()]).toEqual([
      [6, 3],
      [30, 6],
    ]);
  });

  it('names the path of every answer it cannot read', () => {
    const response = miiResponse();
    // item[3] is item 4: a 7-point code there is no answer to a 4-point item.
    response.item[3] = { linkId: 'qlq-c30-q04', answer: [coding('6-excellent')] };
    // item[28] is item 29: 9 is outside 1–7.
    response.item[28] = { linkId: 'qlq-c30-q29', answer: [{ valueInteger: 9 }] as never };
    // item[9] is item 10: a code from some other system.
    response.item[9] = {
      linkId: 'qlq-c30-q10',
      answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6568-5' } }],
    };
    // item[10] is item 11: two answers.
    response.item[10] = {
      linkId: 'qlq-c30-q11',
      answer: [coding('a-little'), coding('very-much')],
    };
    // item[11] is item 12: an answer with no value.
    response.item[11] = { linkId: 'qlq-c30-q12', answer: [{} as never] };
    // A second item 1 at the end.
    response.item.push({ linkId: 'qlq-c30-q01', answer: [coding('a-little')] });

    const { answers, problems } = answersFromQuestionnaireResponse(response);
    expect(problems).toEqual([
      {
        path: 'QuestionnaireResponse.item[3].answer[0].valueCoding.code',
        reason:
          '"6-excellent" is not an answer to item 4 (expected one of not-at-all, a-little, quite-a-bit, very-much, not-at-all-role, a-little-role, quite-a-bit-role, very-much-role)',
      },
      {
        path: 'QuestionnaireResponse.item[9].answer[0].valueCoding.system',
        reason: `unknown code system "http://loinc.org", expected ${MII_QLQ_C30_CODE_SYSTEM}`,
      },
      {
        path: 'QuestionnaireResponse.item[10].answer',
        reason: 'item 11 takes one answer, got 2',
      },
      {
        path: 'QuestionnaireResponse.item[11].answer[0]',
        reason: 'item 12 needs a valueCoding or valueInteger',
      },
      {
        path: 'QuestionnaireResponse.item[28].answer[0].valueInteger',
        reason: 'item 29 must be from 1 to 7, got 9',
      },
      {
        path: 'QuestionnaireResponse.item[30]',
        reason: 'item 1 is answered twice (also at QuestionnaireResponse.item[0])',
      },
    ]);
    // The readable answers are still there; the unreadable ones are left out.
    expect(answers.size).toBe(25);
    expect(answers.has(4)).toBe(false);
    expect(answers.get(1)).toBe(1);
  });

  it('refuses something that is not a QuestionnaireResponse', () => {
    expect(answersFromQuestionnaireResponse({ resourceType: 'Observation' }).problems).toEqual([
      { path: 'QuestionnaireResponse', reason: 'not a FHIR QuestionnaireResponse' },
    ]);
    expect(answersFromQuestionnaireResponse(null).problems).toHaveLength(1);
  });

  it('names a malformed item list by its path', () => {
    const { problems } = answersFromQuestionnaireResponse({
      resourceType: 'QuestionnaireResponse',
      item: [{ linkId: 'group', item: 'oops' }, 'nope'],
    });
    expect(problems).toEqual([
      { path: 'QuestionnaireResponse.item[0].item', reason: 'must be a list of items' },
      { path: 'QuestionnaireResponse.item[1]', reason: 'must be an object' },
    ]);
  });
});

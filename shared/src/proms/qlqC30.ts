/**
 * EORTC QLQ-C30 version 3.0, scored as the EORTC QLQ-C30 Scoring Manual (3rd edition, Fayers et al.,
 * EORTC Brussels 2001) describes it:
 *
 * - Items 1–28 are answered on a 4-point scale (1 "Not at all" … 4 "Very much"), items 29–30 on a
 *   7-point scale (1 "Very poor" … 7 "Excellent"). The item range is therefore 3 or 6.
 * - Raw score RS = mean of the answered items of the scale.
 * - Functional scales: S = (1 − (RS − 1) / range) × 100.
 *   Symptom scales, single items and global health status/QoL: S = ((RS − 1) / range) × 100.
 * - With missing items a scale is scored from the answered ones, provided at least half of its
 *   items are answered; otherwise it has no score. (A single-item scale needs its one item.)
 *
 * The item-to-scale table is the manual's; it is the same in the scoring page of the MII PRO
 * module (https://build.fhir.org/ig/medizininformatik-initiative/kerndatensatzmodul-proms/en/eortc-qlq-c30-scoring.html).
 */

export const QLQ_C30_ITEM_COUNT = 30;

export type QlqC30ScaleKind = 'global' | 'functional' | 'symptom';

export type QlqC30ScaleId =
  | 'QL'
  | 'PF'
  | 'RF'
  | 'EF'
  | 'CF'
  | 'SF'
  | 'FA'
  | 'NV'
  | 'PA'
  | 'DY'
  | 'SL'
  | 'AP'
  | 'CO'
  | 'DI'
  | 'FI';

export interface QlqC30Scale {
  id: QlqC30ScaleId;
  /** English name as the scoring manual gives it. */
  name: string;
  kind: QlqC30ScaleKind;
  items: readonly number[];
}

/** The 15 scales and single items, in the order the scoring manual lists them. */
export const QLQ_C30_SCALES: readonly QlqC30Scale[] = [
  { id: 'QL', name: 'Global health status/QoL', kind: 'global', items: [29, 30] },
  { id: 'PF', name: 'Physical functioning', kind: 'functional', items: [1, 2, 3, 4, 5] },
  { id: 'RF', name: 'Role functioning', kind: 'functional', items: [6, 7] },
  { id: 'EF', name: 'Emotional functioning', kind: 'functional', items: [21, 22, 23, 24] },
  { id: 'CF', name: 'Cognitive functioning', kind: 'functional', items: [20, 25] },
  { id: 'SF', name: 'Social functioning', kind: 'functional', items: [26, 27] },
  { id: 'FA', name: 'Fatigue', kind: 'symptom', items: [10, 12, 18] },
  { id: 'NV', name: 'Nausea and vomiting', kind: 'symptom', items: [14, 15] },
  { id: 'PA', name: 'Pain', kind: 'symptom', items: [9, 19] },
  { id: 'DY', name: 'Dyspnoea', kind: 'symptom', items: [8] },
  { id: 'SL', name: 'Insomnia', kind: 'symptom', items: [11] },
  { id: 'AP', name: 'Appetite loss', kind: 'symptom', items: [13] },
  { id: 'CO', name: 'Constipation', kind: 'symptom', items: [16] },
  { id: 'DI', name: 'Diarrhoea', kind: 'symptom', items: [17] },
  { id: 'FI', name: 'Financial difficulties', kind: 'symptom', items: [28] },
];

/** Highest answer of an item: 4 for items 1–28, 7 for the two global items 29 and 30. */
export function qlqC30ItemMax(item: number): 4 | 7 {
  return item >= 29 ? 7 : 4;
}

/** Item number → answer (1…4, or 1…7 for items 29–30). null or undefined means not answered. */
export type QlqC30Answers =
  | ReadonlyMap<number, number | null | undefined>
  | Readonly<Record<string | number, number | null | undefined>>;

export interface QlqC30Problem {
  /** The item as given (a number 1–30 when it is one). */
  item: number | string;
  reason: string;
}

export type QlqC30Scores = Record<QlqC30ScaleId, number | null>;

export type QlqC30Result =
  | { ok: true; scores: QlqC30Scores }
  | { ok: false; problems: QlqC30Problem[] };

function entriesOf(answers: QlqC30Answers): [string | number, number | null | undefined][] {
  if (answers instanceof Map) return [...answers.entries()];
  return Object.entries(answers);
}

function itemNumber(key: string | number): number | null {
  const text = String(key);
  if (!/^[1-9][0-9]?$/.test(text)) return null;
  const item = Number(text);
  return item <= QLQ_C30_ITEM_COUNT ? item : null;
}

/**
 * Checks every answer and scores all 15 scales. Any unknown item or out-of-range answer refuses
 * the whole response (with every problem listed), since a wrong answer would skew a score
 * silently. A scale without enough answered items scores null.
 */
export function scoreQlqC30(answers: QlqC30Answers): QlqC30Result {
  const problems: QlqC30Problem[] = [];
  const values = new Map<number, number>();
  for (const [key, value] of entriesOf(answers)) {
    const item = itemNumber(key);
    if (item === null) {
      problems.push({ item: key, reason: `unknown item "${key}": items are numbered 1 to 30` });
      continue;
    }
    if (value === null || value === undefined) continue;
    const max = qlqC30ItemMax(item);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
      problems.push({
        item,
        reason: `item ${item} must be a whole number from 1 to ${max}, got ${String(value)}`,
      });
      continue;
    }
    values.set(item, value);
  }
  if (problems.length > 0) return { ok: false, problems };

  const scores = {} as QlqC30Scores;
  for (const scale of QLQ_C30_SCALES) {
    scores[scale.id] = scoreScale(scale, values);
  }
  return { ok: true, scores };
}

function scoreScale(scale: QlqC30Scale, values: ReadonlyMap<number, number>): number | null {
  const answered = scale.items
    .map((item) => values.get(item))
    .filter((value): value is number => value !== undefined);
  if (answered.length === 0 || answered.length * 2 < scale.items.length) return null;
  const rawScore = answered.reduce((sum, value) => sum + value, 0) / answered.length;
  const range = qlqC30ItemMax(scale.items[0] ?? 1) - 1;
  const fraction = (rawScore - 1) / range;
  return scale.kind === 'functional' ? (1 - fraction) * 100 : fraction * 100;
}

// ---------------------------------------------------------------------------------------------
// FHIR R4 QuestionnaireResponse
// ---------------------------------------------------------------------------------------------

/**
 * The MII PRO module (Medizininformatik-Initiative, "MII IG PRO",
 * https://build.fhir.org/ig/medizininformatik-initiative/kerndatensatzmodul-proms/) defines
 * Questionnaire/mii-qst-pro-eortc-qlq-c30 with linkIds "qlq-c30-q01" … "qlq-c30-q30" (two digits)
 * and answers as Codings from this code system (CodeSystem-mii-cs-pro-eortc-qlq-c30): value sets
 * mii-vs-pro-eortc-qlq-c30-scale-4pt (not-at-all … very-much), -scale-role (the same with a
 * "-role" suffix) and -scale-7pt (1-very-poor … 7-perfect; the manual's label for 7 is
 * "Excellent", the code is "7-perfect"). Their example QuestionnaireResponse
 * (QuestionnaireResponse-mii-exa-pro-eortc-qlq-c30-response) lists the items at top level.
 */
export const MII_QLQ_C30_CODE_SYSTEM =
  'https://www.medizininformatik-initiative.de/fhir/ext/modul-pro/CodeSystem/mii-cs-pro-eortc-qlq-c30';

const FOUR_POINT_CODES: Readonly<Record<string, number>> = {
  'not-at-all': 1,
  'a-little': 2,
  'quite-a-bit': 3,
  'very-much': 4,
  'not-at-all-role': 1,
  'a-little-role': 2,
  'quite-a-bit-role': 3,
  'very-much-role': 4,
};

const SEVEN_POINT_CODES: Readonly<Record<string, number>> = {
  '1-very-poor': 1,
  '2-poor': 2,
  '3-fair': 3,
  '4-good': 4,
  '5-very-good': 5,
  '6-excellent': 6,
  '7-perfect': 7,
};

/**
 * linkId → item number. The MII form "qlq-c30-q07" is the reference; plain "7", "q7" and "q07"
 * are accepted too, for responses from forms that number the items simply.
 */
export function qlqC30ItemFromLinkId(linkId: string): number | null {
  const match = /^(?:qlq-c30-q|q)?0?([1-9][0-9]?)$/i.exec(linkId);
  if (!match?.[1]) return null;
  const item = Number(match[1]);
  return item <= QLQ_C30_ITEM_COUNT ? item : null;
}

export interface FhirProblem {
  /** FHIRPath-like location, e.g. "QuestionnaireResponse.item[3].answer[0]". */
  path: string;
  reason: string;
}

export interface QlqC30FromFhir {
  answers: Map<number, number>;
  problems: FhirProblem[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the QLQ-C30 answers out of a FHIR R4 QuestionnaireResponse (JSON). Items are found by
 * linkId at any depth (groups are walked). Each answer is a valueCoding of the MII code system
 * (or without a system) or a valueInteger. Items with other linkIds are ignored. Anything that
 * cannot be read becomes a problem naming its path; the rest is still returned, so a caller can
 * decide whether to score a response that has problems (scoreQlqC30 also checks the ranges).
 */
export function answersFromQuestionnaireResponse(resource: unknown): QlqC30FromFhir {
  const answers = new Map<number, number>();
  const problems: FhirProblem[] = [];
  const root = 'QuestionnaireResponse';
  if (!isObject(resource) || resource.resourceType !== 'QuestionnaireResponse') {
    problems.push({ path: root, reason: 'not a FHIR QuestionnaireResponse' });
    return { answers, problems };
  }
  const seenAt = new Map<number, string>();

  const walkItems = (items: unknown, path: string) => {
    if (items === undefined) return;
    if (!Array.isArray(items)) {
      problems.push({ path, reason: 'must be a list of items' });
      return;
    }
    items.forEach((item, index) => {
      walkItem(item, `${path}[${index}]`);
    });
  };

  const walkItem = (item: unknown, path: string) => {
    if (!isObject(item)) {
      problems.push({ path, reason: 'must be an object' });
      return;
    }
    const linkId = item.linkId;
    const number = typeof linkId === 'string' ? qlqC30ItemFromLinkId(linkId) : null;
    const answerList = item.answer;
    if (number !== null && answerList !== undefined) {
      readAnswers(number, answerList, path);
    }
    walkItems(item.item, `${path}.item`);
    if (Array.isArray(answerList)) {
      answerList.forEach((answer, index) => {
        if (isObject(answer)) walkItems(answer.item, `${path}.answer[${index}].item`);
      });
    }
  };

  const readAnswers = (item: number, answerList: unknown, path: string) => {
    if (!Array.isArray(answerList)) {
      problems.push({ path: `${path}.answer`, reason: 'must be a list of answers' });
      return;
    }
    if (answerList.length === 0) return;
    const earlier = seenAt.get(item);
    if (earlier !== undefined) {
      problems.push({ path, reason: `item ${item} is answered twice (also at ${earlier})` });
      return;
    }
    seenAt.set(item, path);
    if (answerList.length > 1) {
      problems.push({
        path: `${path}.answer`,
        reason: `item ${item} takes one answer, got ${answerList.length}`,
      });
      return;
    }
    const answerPath = `${path}.answer[0]`;
    const value = answerValue(item, answerList[0], answerPath);
    if (value !== null) answers.set(item, value);
  };

  const answerValue = (item: number, answer: unknown, path: string): number | null => {
    const max = qlqC30ItemMax(item);
    if (!isObject(answer)) {
      problems.push({ path, reason: 'must be an object' });
      return null;
    }
    if (answer.valueInteger !== undefined) {
      const value = answer.valueInteger;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
        problems.push({
          path: `${path}.valueInteger`,
          reason: `item ${item} must be from 1 to ${max}, got ${JSON.stringify(value)}`,
        });
        return null;
      }
      return value;
    }
    if (answer.valueCoding !== undefined) {
      const coding = answer.valueCoding;
      const codingPath = `${path}.valueCoding`;
      if (!isObject(coding) || typeof coding.code !== 'string') {
        problems.push({ path: codingPath, reason: 'a Coding needs a code' });
        return null;
      }
      if (coding.system !== undefined && coding.system !== MII_QLQ_C30_CODE_SYSTEM) {
        problems.push({
          path: `${codingPath}.system`,
          reason: `unknown code system ${JSON.stringify(coding.system)}, expected ${MII_QLQ_C30_CODE_SYSTEM}`,
        });
        return null;
      }
      const codes = max === 7 ? SEVEN_POINT_CODES : FOUR_POINT_CODES;
      const value = codes[coding.code];
      if (value === undefined) {
        problems.push({
          path: `${codingPath}.code`,
          reason: `"${coding.code}" is not an answer to item ${item} (expected one of ${Object.keys(codes).join(', ')})`,
        });
        return null;
      }
      return value;
    }
    problems.push({ path, reason: `item ${item} needs a valueCoding or valueInteger` });
    return null;
  };

  walkItems(resource.item, `${root}.item`);
  return { answers, problems };
}

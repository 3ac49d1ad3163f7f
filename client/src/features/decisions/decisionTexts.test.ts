import {
  CLOSE_OUTCOMES,
  GUIDELINE_BODIES,
  INTENTS,
  LOCALES,
  MODALITIES,
  POSITIONS,
} from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { placeFieldErrors } from '../../lib/fieldPaths';
import clinicalDe from '../../lib/i18n/clinical/de.json';
import clinicalEn from '../../lib/i18n/clinical/en.json';
import clinicalKo from '../../lib/i18n/clinical/ko.json';
import {
  CLOSE_FIELD_RULES,
  POSITION_FIELD_RULES,
  RECOMMENDATION_FIELD_RULES,
  REOPEN_FIELD_RULES,
} from './decisionFieldRules';

const decisionTexts = { en: clinicalEn.decision, de: clinicalDe.decision, ko: clinicalKo.decision };

function has(tree: unknown, path: string): boolean {
  let node = tree;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = Reflect.get(node, key);
  }
  return typeof node === 'string' && node.trim() !== '';
}

describe.each(LOCALES)('decision texts in %s', (locale) => {
  const texts = decisionTexts[locale];

  it('label every value of the contract', () => {
    const required = [
      ...INTENTS.map((intent) => `intent.${intent}`),
      ...MODALITIES.map((modality) => `modality.${modality}`),
      ...GUIDELINE_BODIES.map((body) => `guideline.${body}`),
      ...POSITIONS.map((position) => `position.${position}`),
      ...CLOSE_OUTCOMES.map((outcome) => `close.${outcome}`),
    ];
    for (const key of required) expect(has(texts, key), `${locale}: ${key}`).toBe(true);
  });

  it('explain every field error a rule can place', () => {
    const rules = [
      RECOMMENDATION_FIELD_RULES,
      POSITION_FIELD_RULES,
      CLOSE_FIELD_RULES,
      REOPEN_FIELD_RULES,
    ];
    for (const rule of rules.flatMap((set) => Object.values(set))) {
      expect(has(texts, `errors.${rule.hint}`), `${locale}: ${rule.hint}`).toBe(true);
    }
  });
});

describe('field errors of the decision requests', () => {
  it('sit at the input they name, a guideline error at its choice of guideline', () => {
    const placed = placeFieldErrors(
      ['content.trialRegistryId', 'body.content.nonConcordanceReason', 'content.guideline'],
      RECOMMENDATION_FIELD_RULES,
    );
    expect([...placed.fields]).toEqual([
      ['content.trialRegistryId', 'trialRegistryId'],
      ['content.nonConcordanceReason', 'nonConcordanceReason'],
      ['content.guideline.body', 'guidelineBody'],
    ]);
    expect(placed.unplaced).toEqual([]);
  });

  it('place a repeated modality at the modality list, and leave unknown paths to the error alert', () => {
    const placed = placeFieldErrors(
      ['content.modalities.2', 'version'],
      RECOMMENDATION_FIELD_RULES,
    );
    expect([...placed.fields]).toEqual([['content.modalities', 'modalities']]);
    expect(placed.unplaced).toEqual(['version']);
  });

  it('ask for a reason when a case is deferred without one', () => {
    expect([...placeFieldErrors(['reason'], CLOSE_FIELD_RULES).fields]).toEqual([
      ['reason', 'closeReason'],
    ]);
  });
});

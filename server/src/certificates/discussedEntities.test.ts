import type { CaseStatus } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { lungCase } from '../test/caseContent';
import { discussedCaseCount, discussedEntities, entityOfIcd10 } from './discussedEntities';

function item(status: CaseStatus, code: string | null) {
  const content = lungCase('CCCC');
  const icd10 = code ? { system: 'ICD-10-GM' as const, code, text: 'x' } : null;
  return { status, content: { ...content, diagnosis: { ...content.diagnosis, icd10 } } };
}

describe('entityOfIcd10', () => {
  it.each([
    ['C34.1', 'thoracic'],
    ['C45.0', 'thoracic'],
    ['C18.7', 'gastrointestinal'],
    ['C25.0', 'hepatobiliary_pancreatic'],
    ['C50.4', 'breast'],
    ['C61', 'urologic'],
    ['C71.9', 'neuro'],
    ['C43.5', 'skin'],
    ['C49.2', 'sarcoma'],
    ['C91.0', 'hematologic'],
    ['C53.9', 'gynecologic'],
    ['C32.0', 'head_and_neck'],
  ])('places %s under %s', (code, entity) => {
    expect(entityOfIcd10(code)).toBe(entity);
  });

  it('names no entity for an unknown primary or a benign code', () => {
    expect(entityOfIcd10('C80.0')).toBeNull();
    expect(entityOfIcd10('D12.5')).toBeNull();
  });
});

describe('discussedEntities', () => {
  it('takes only cases the board discussed, in the entity list’s order, each once', () => {
    const cases = [
      item('decided', 'C50.4'),
      item('deferred', 'C34.1'),
      item('re_present', 'C34.3'),
      item('not_discussed', 'C18.7'),
      item('ready', 'C61'),
    ];
    expect(discussedEntities(cases, 'general')).toEqual(['thoracic', 'breast']);
    expect(discussedCaseCount(cases)).toBe(3);
  });

  it('falls back on the board’s entity, unless that is the catch-all', () => {
    const uncoded = [item('decided', null), item('decided', 'C80.9')];
    expect(discussedEntities(uncoded, 'thoracic')).toEqual(['thoracic']);
    expect(discussedEntities(uncoded, 'general')).toEqual([]);
    expect(discussedEntities([], null)).toEqual([]);
  });
});

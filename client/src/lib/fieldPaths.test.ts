import { describe, expect, it } from 'vitest';
import { normalizePath, pathPattern, placeFieldErrors } from './fieldPaths';

const RULES = {
  question: { hint: 'question' },
  'diagnosis.icd10': { hint: 'icd10Code', field: 'diagnosis.icd10.code' },
  'diagnosis.icd10.code': { hint: 'icd10Code' },
  'diagnosis.icd10.text': { hint: 'icd10Text' },
  'staging.t': { hint: 'tnmCategory', field: 'staging.t.category' },
  'proms.*.date': { hint: 'promDate' },
  'proms.*': { hint: 'generic', field: 'proms.*.instrument' },
} as const;

describe('normalizePath', () => {
  it('accepts server strings and zod issue paths alike', () => {
    expect(normalizePath('body.proms.2.date')).toBe('proms.2.date');
    expect(normalizePath(['proms', 2, 'date'])).toBe('proms.2.date');
    expect(normalizePath('body')).toBe('');
    expect(normalizePath('bodyweight')).toBe('bodyweight');
  });

  it('turns list positions into wildcards', () => {
    expect(pathPattern('proms.12.date')).toBe('proms.*.date');
    expect(pathPattern('question')).toBe('question');
  });
});

describe('placeFieldErrors', () => {
  it('places each error at the input its path names, keeping list positions', () => {
    const placed = placeFieldErrors(
      ['diagnosis.icd10.code', 'proms.2.date', 'body.question'],
      RULES,
    );
    expect([...placed.fields]).toEqual([
      ['diagnosis.icd10.code', 'icd10Code'],
      ['proms.2.date', 'promDate'],
      ['question', 'question'],
    ]);
    expect(placed.unplaced).toEqual([]);
  });

  it('sends an error on a whole object to the input that stands for it', () => {
    const placed = placeFieldErrors(['diagnosis.icd10', 'staging.t', 'proms.4'], RULES);
    expect(placed.fields.get('diagnosis.icd10.code')).toBe('icd10Code');
    expect(placed.fields.get('staging.t.category')).toBe('tnmCategory');
    expect(placed.fields.get('proms.4.instrument')).toBe('generic');
  });

  it('falls back to the nearest known parent for deeper paths', () => {
    const placed = placeFieldErrors([['staging', 't', 'category']], RULES);
    expect(placed.fields.get('staging.t.category')).toBe('tnmCategory');
  });

  it('keeps the first error for a field and lists paths no rule knows', () => {
    const placed = placeFieldErrors(
      ['diagnosis.icd10', 'diagnosis.icd10.code', 'mystery', ''],
      RULES,
    );
    expect(placed.fields.size).toBe(1);
    expect(placed.unplaced).toEqual(['mystery', '']);
  });
});

import { describe, expect, it } from 'vitest';
import { formatList, formatMonth, formatValue } from './formatValues';

describe('formatValue', () => {
  it('shows rates as percentages in the viewer language', () => {
    expect(formatValue(0.25, 'percent', 'en')).toBe('25%');
    expect(formatValue(0.25, 'percent', 'de')).toBe('25\u00a0%');
    expect(formatValue(0.5, 'percent', 'ko')).toBe('50%');
  });

  it('names the unit of durations', () => {
    expect(formatValue(12.5, 'minutes', 'en')).toBe('12.5 min');
    expect(formatValue(12.5, 'minutes', 'de')).toBe('12,5 Min.');
    expect(formatValue(3, 'days', 'en')).toBe('3 days');
    expect(formatValue(1, 'days', 'de')).toBe('1 Tag');
    expect(formatValue(3, 'days', 'ko')).toBe('3일');
  });

  it('groups large counts and marks a missing value', () => {
    expect(formatValue(1234, 'count', 'de')).toBe('1.234');
    expect(formatValue(null, 'count', 'en')).toBe('–');
  });
});

describe('formatMonth', () => {
  it('names the month in each language', () => {
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
    expect(formatMonth('2026-03', 'de')).toBe('März 2026');
    expect(formatMonth('2026-11', 'ko')).toBe('2026년 11월');
    expect(formatMonth('2026-11', 'en', 'short')).toBe('Nov 2026');
  });

  it('keeps the first and last month in place (no zone shift)', () => {
    expect(formatMonth('2027-01', 'en')).toBe('January 2027');
    expect(formatMonth('2026-12', 'en')).toBe('December 2026');
  });

  it('leaves anything that is not a month as it is', () => {
    expect(formatMonth('2026-13-01', 'en')).toBe('2026-13-01');
  });
});

it('joins lists the way each language does', () => {
  expect(formatList(['Berlin', 'Seoul', 'Busan'], 'en')).toBe('Berlin, Seoul, and Busan');
  expect(formatList(['Berlin', 'Seoul'], 'de')).toBe('Berlin und Seoul');
});

import type { ValueKind } from './figureModel';

/**
 * Numbers in the viewer's language. Rates are fractions (0.25) shown as percentages; minutes and
 * days carry their unit so a bare "12" never has to be guessed at.
 */
export function formatValue(value: number | null, kind: ValueKind, locale: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale, VALUE_FORMATS[kind]).format(value);
}

const VALUE_FORMATS: Record<ValueKind, Intl.NumberFormatOptions> = {
  count: { maximumFractionDigits: 0 },
  percent: { style: 'percent', maximumFractionDigits: 0 },
  minutes: { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 1 },
  days: { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 },
};

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A calendar month (YYYY-MM) as the viewer's language names it: "November 2026",
 * "November 2026", "2026년 11월". `short` for axis ticks ("Nov 2026"). The month is a label, not
 * an instant, so it is formatted in UTC and no zone shifts it.
 */
export function formatMonth(
  month: string,
  locale: string,
  length: 'long' | 'short' = 'long',
): string {
  const match = MONTH.exec(month);
  if (!match) return month;
  const at = Date.UTC(Number(match[1]), Number(match[2]) - 1, 1);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: length,
    timeZone: 'UTC',
  }).format(at);
}

/** A list in the viewer's language: "Berlin, Seoul and Busan". */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

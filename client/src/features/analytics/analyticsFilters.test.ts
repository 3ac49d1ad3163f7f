import { describe, expect, it } from 'vitest';
import {
  analyticsPath,
  EMPTY_ANALYTICS_FILTERS,
  figureCsvPath,
  filtersFromSearch,
  filtersToSearch,
  hasFilters,
  isPeriodValid,
} from './analyticsFilters';

const filters = {
  from: '2026-10-01',
  to: '2026-12-31',
  series: 'Thorax Berlin–Seoul',
  institution: 'CHA',
  entity: 'thoracic' as const,
};

describe('filters in the address', () => {
  it('round-trip, including titles with spaces and dashes', () => {
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
  });

  it('leave out empty filters', () => {
    expect(filtersToSearch(EMPTY_ANALYTICS_FILTERS).toString()).toBe('');
    expect(filtersToSearch({ ...EMPTY_ANALYTICS_FILTERS, series: '  ' }).toString()).toBe('');
  });

  it('drop what the API would refuse: unknown entities and malformed dates', () => {
    const read = filtersFromSearch(
      new URLSearchParams('entity=spleen&from=1.10.2026&to=2026-12-31'),
    );
    expect(read).toEqual({ ...EMPTY_ANALYTICS_FILTERS, to: '2026-12-31' });
  });
});

describe('paths', () => {
  it('ask the API with the filters as query parameters', () => {
    expect(analyticsPath(EMPTY_ANALYTICS_FILTERS)).toBe('/api/analytics');
    expect(
      analyticsPath({ ...EMPTY_ANALYTICS_FILTERS, institution: 'CHA', from: '2026-10-01' }),
    ).toBe('/api/analytics?from=2026-10-01&institution=CHA');
  });

  it('download each figure as CSV with the same filters', () => {
    expect(figureCsvPath('closingRates', EMPTY_ANALYTICS_FILTERS)).toBe(
      '/api/analytics/closingRates.csv',
    );
    expect(figureCsvPath('casesPerMonth', filters)).toBe(
      '/api/analytics/casesPerMonth.csv?from=2026-10-01&to=2026-12-31&series=Thorax+Berlin%E2%80%93Seoul&institution=CHA&entity=thoracic',
    );
  });
});

describe('period', () => {
  it('is valid open-ended or in order, and refused when it ends before it starts', () => {
    expect(isPeriodValid(EMPTY_ANALYTICS_FILTERS)).toBe(true);
    expect(isPeriodValid({ ...EMPTY_ANALYTICS_FILTERS, from: '2026-12-01' })).toBe(true);
    expect(
      isPeriodValid({ ...EMPTY_ANALYTICS_FILTERS, from: '2026-12-01', to: '2026-12-01' }),
    ).toBe(true);
    expect(
      isPeriodValid({ ...EMPTY_ANALYTICS_FILTERS, from: '2026-12-02', to: '2026-12-01' }),
    ).toBe(false);
  });
});

it('knows whether any filter is set', () => {
  expect(hasFilters(EMPTY_ANALYTICS_FILTERS)).toBe(false);
  expect(hasFilters({ ...EMPTY_ANALYTICS_FILTERS, entity: 'breast' })).toBe(true);
});

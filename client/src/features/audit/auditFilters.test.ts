import { ACTIONS, AUDIT_OBJECT_TYPES } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import de from '../../lib/i18n/de.json';
import en from '../../lib/i18n/en.json';
import ko from '../../lib/i18n/ko.json';
import {
  auditExportHref,
  auditQuery,
  EMPTY_FILTERS,
  filtersFromSearch,
  filtersToSearch,
  isRangeValid,
  objectTypeLabelKey,
  policyActionLabelKey,
  withheldLabelKey,
} from './auditFilters';

describe('auditQuery', () => {
  it('sends nothing for empty filters', () => {
    expect(auditQuery(EMPTY_FILTERS, 'Europe/Berlin').toString()).toBe('');
  });

  it('turns calendar days into instants in the viewer zone', () => {
    const query = auditQuery(
      { ...EMPTY_FILTERS, fromDay: '2026-12-01', toDay: '2026-12-03' },
      'Asia/Seoul',
    );
    expect(query.get('from')).toBe('2026-11-30T15:00:00.000Z');
    expect(query.get('to')).toBe('2026-12-03T14:59:59.999Z');
  });

  it('trims text filters and adds the page cursor', () => {
    const query = auditQuery(
      { ...EMPTY_FILTERS, actor: '  admin.berlin@konsil.test ', action: 'auth.login' },
      'UTC',
      120,
    );
    expect(query.get('actor')).toBe('admin.berlin@konsil.test');
    expect(query.get('action')).toBe('auth.login');
    expect(query.get('before')).toBe('120');
  });
});

describe('filters in the address', () => {
  it('round-trip and drop what the server would refuse', () => {
    const filters = {
      ...EMPTY_FILTERS,
      actor: 'Kim',
      objectType: 'case' as const,
      object: 'CCCC-7KQ',
      action: 'user.created' as const,
      fromDay: '2026-12-01',
    };
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
    expect(
      filtersFromSearch(
        new URLSearchParams('action=drop.tables&objectType=spaceship&fromDay=1.12.2026'),
      ),
    ).toEqual(EMPTY_FILTERS);
  });
});

describe('isRangeValid', () => {
  it('refuses a start after the end', () => {
    expect(isRangeValid({ ...EMPTY_FILTERS, fromDay: '2026-12-04', toDay: '2026-12-03' })).toBe(
      false,
    );
    expect(isRangeValid({ ...EMPTY_FILTERS, fromDay: '2026-12-03', toDay: '2026-12-03' })).toBe(
      true,
    );
    expect(isRangeValid({ ...EMPTY_FILTERS, fromDay: '2026-12-03' })).toBe(true);
  });
});

describe('auditExportHref', () => {
  it('downloads the same filters with the viewer zone and language', () => {
    const href = auditExportHref(
      { ...EMPTY_FILTERS, object: 'Thorax', fromDay: '2026-12-01' },
      'Asia/Seoul',
      'ko',
    );
    const [path, query = ''] = href.split('?');
    expect(path).toBe('/api/audit/export.csv');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      object: 'Thorax',
      from: '2026-11-30T15:00:00.000Z',
      zone: 'Asia/Seoul',
      lang: 'ko',
    });
  });

  it('leaves the language to the server when the page speaks one it does not know', () => {
    expect(auditExportHref(EMPTY_FILTERS, 'UTC', 'cimode')).toBe('/api/audit/export.csv?zone=UTC');
  });
});

describe('labels of objects and refused steps', () => {
  it('falls back to neutral words for types and steps the page does not know', () => {
    expect(objectTypeLabelKey('case')).toBe('case');
    expect(objectTypeLabelKey('spaceship')).toBe('other');
    expect(withheldLabelKey('board')).toBe('board');
    expect(withheldLabelKey('search')).toBe('other');
    expect(policyActionLabelKey('case:readHomeReference')).toBe('case_readHomeReference');
    expect(policyActionLabelKey('warp:engage')).toBeNull();
  });

  it.each([
    ['en', en],
    ['de', de],
    ['ko', ko],
  ])('are all written in %s', (_locale, texts) => {
    const { objectTypes, withheld, policyActions } = texts.audit;
    for (const type of [...AUDIT_OBJECT_TYPES, 'other']) {
      expect(objectTypes[objectTypeLabelKey(type)], type).toBeTruthy();
      expect(withheld[withheldLabelKey(type)], type).toBeTruthy();
    }
    for (const action of ACTIONS) {
      const key = policyActionLabelKey(action);
      expect(key && policyActions[key], action).toBeTruthy();
    }
  });
});

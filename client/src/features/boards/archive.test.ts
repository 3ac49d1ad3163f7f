import type { BoardInstitution, BoardSummary } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import {
  filterBoards,
  filtersFromSearch,
  filtersToSearch,
  institutionChoices,
  isRangeValid,
  minutesStatus,
  NO_FILTERS,
  splitBoards,
} from './archive';

const BERLIN: BoardInstitution = {
  id: '00000000-0000-4000-8000-0000000000b1',
  code: 'CHB',
  name: 'Charité Berlin',
  timeZone: 'Europe/Berlin',
};
const SEOUL: BoardInstitution = {
  id: '00000000-0000-4000-8000-0000000000s1',
  code: 'SNUH',
  name: 'Seoul National University Hospital',
  timeZone: 'Asia/Seoul',
};
const VIENNA: BoardInstitution = {
  id: '00000000-0000-4000-8000-0000000000v1',
  code: 'MUW',
  name: 'Medical University of Vienna',
  timeZone: 'Europe/Vienna',
};

function board(title: string, overrides: Partial<BoardSummary> = {}): BoardSummary {
  return {
    id: `id-${title}`,
    title,
    tumorEntity: 'thoracic',
    status: 'scheduled',
    startsAt: '2026-12-03T07:00:00.000Z',
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    hostInstitution: BERLIN,
    institutions: [BERLIN, SEOUL],
    minutesVersion: null,
    ...overrides,
  };
}

const titles = (boards: BoardSummary[]) => boards.map((item) => item.title);

describe('splitBoards', () => {
  const now = new Date('2026-12-03T12:00:00.000Z');

  it('lists ended boards and missed ones as past, newest first', () => {
    const boards = [
      board('ended early', { status: 'ended', startsAt: '2026-11-01T07:00:00.000Z' }),
      board('ended today', { status: 'ended', startsAt: '2026-12-03T07:00:00.000Z' }),
      board('never held', { startsAt: '2026-11-20T07:00:00.000Z' }),
    ];
    expect(titles(splitBoards(boards, now).past)).toEqual([
      'ended today',
      'never held',
      'ended early',
    ]);
  });

  it('keeps live boards and boards still within their planned time upcoming, soonest first', () => {
    const boards = [
      board('next week', { startsAt: '2026-12-10T07:00:00.000Z' }),
      board('overrunning', { status: 'live', startsAt: '2026-12-03T07:00:00.000Z' }),
      board('running late', { startsAt: '2026-12-03T11:30:00.000Z', durationMinutes: 60 }),
    ];
    const { upcoming, past } = splitBoards(boards, now);
    expect(titles(upcoming)).toEqual(['overrunning', 'running late', 'next week']);
    expect(past).toEqual([]);
  });
});

describe('minutesStatus', () => {
  it('names the latest signed version', () => {
    expect(minutesStatus(board('b', { status: 'ended', minutesVersion: 3 }))).toEqual({
      kind: 'signed',
      version: 3,
    });
  });

  it('asks for a signature once a board has ended', () => {
    expect(minutesStatus(board('b', { status: 'ended' }))).toEqual({ kind: 'toSign' });
  });

  it('has no minutes for a board that never ended', () => {
    expect(minutesStatus(board('b', { status: 'scheduled' }))).toEqual({ kind: 'none' });
    expect(minutesStatus(board('b', { status: 'live' }))).toEqual({ kind: 'none' });
  });
});

describe('filterBoards', () => {
  const boards = [
    board('thoracic berlin-seoul', { startsAt: '2026-12-03T07:00:00.000Z' }),
    board('breast vienna', {
      tumorEntity: 'breast',
      startsAt: '2026-12-04T23:30:00.000Z',
      hostInstitution: VIENNA,
      institutions: [VIENNA],
    }),
    board('no entity', { tumorEntity: null, startsAt: '2026-12-06T07:00:00.000Z' }),
  ];

  it('returns every board without filters', () => {
    expect(filterBoards(boards, NO_FILTERS, 'Europe/Berlin')).toHaveLength(3);
  });

  it('filters by tumor entity', () => {
    const filters = { ...NO_FILTERS, entity: 'breast' as const };
    expect(titles(filterBoards(boards, filters, 'Europe/Berlin'))).toEqual(['breast vienna']);
  });

  it('filters by a participating or hosting institution', () => {
    const bySeoul = { ...NO_FILTERS, institutionId: SEOUL.id };
    expect(titles(filterBoards(boards, bySeoul, 'Europe/Berlin'))).toEqual([
      'thoracic berlin-seoul',
      'no entity',
    ]);
    const byVienna = { ...NO_FILTERS, institutionId: VIENNA.id };
    expect(titles(filterBoards(boards, byVienna, 'Europe/Berlin'))).toEqual(['breast vienna']);
  });

  it('counts the start day in the viewer’s zone, both ends included', () => {
    // 23:30 UTC on 4 Dec: already 5 Dec in Berlin, still 4 Dec in New York.
    const fifth = { ...NO_FILTERS, fromDay: '2026-12-05', toDay: '2026-12-05' };
    expect(titles(filterBoards(boards, fifth, 'Europe/Berlin'))).toEqual(['breast vienna']);
    expect(titles(filterBoards(boards, fifth, 'America/New_York'))).toEqual([]);
    const range = { ...NO_FILTERS, fromDay: '2026-12-03', toDay: '2026-12-05' };
    expect(titles(filterBoards(boards, range, 'Europe/Berlin'))).toEqual([
      'thoracic berlin-seoul',
      'breast vienna',
    ]);
  });

  it('combines filters', () => {
    const filters = { ...NO_FILTERS, entity: 'thoracic' as const, fromDay: '2026-12-05' };
    expect(filterBoards(boards, filters, 'Europe/Berlin')).toEqual([]);
  });
});

describe('filters in the address', () => {
  it('round-trips and drops values that are not filters', () => {
    const filters = {
      entity: 'thoracic' as const,
      institutionId: SEOUL.id,
      fromDay: '2026-12-01',
      toDay: '2026-12-31',
    };
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
    const junk = new URLSearchParams({ entity: 'feline', from: '1 Dec', to: '2026-13' });
    expect(filtersFromSearch(junk)).toEqual(NO_FILTERS);
  });

  it('flags a range that ends before it starts', () => {
    expect(isRangeValid({ ...NO_FILTERS, fromDay: '2026-12-05', toDay: '2026-12-01' })).toBe(false);
    expect(isRangeValid({ ...NO_FILTERS, fromDay: '2026-12-05' })).toBe(true);
  });
});

describe('institutionChoices', () => {
  it('lists each institution once, by code', () => {
    const boards = [board('a'), board('b', { hostInstitution: VIENNA, institutions: [VIENNA] })];
    expect(institutionChoices(boards).map((choice) => choice.code)).toEqual(['CHB', 'MUW', 'SNUH']);
  });
});

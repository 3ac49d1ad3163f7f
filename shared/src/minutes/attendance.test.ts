import { describe, expect, it } from 'vitest';
import type { AttendanceEntry, MinutesContent } from '../schemas/minutes';
import {
  attendanceGroups,
  clockTime,
  dayIn,
  institutionName,
  tableDate,
  timeInTable,
} from './attendance';

const SEOUL = { code: 'SNUH', name: 'Seoul National University Hospital', timeZone: 'Asia/Seoul' };
const BERLIN = { code: 'CHB', name: 'Charité Berlin', timeZone: 'Europe/Berlin' };

function person(name: string, institutionCode: string): AttendanceEntry {
  return {
    name,
    role: 'clinician',
    institutionCode,
    intervals: [{ from: '2026-12-03T07:01:00.000Z', to: null }],
  };
}

function contentWith(attendance: AttendanceEntry[]): MinutesContent {
  return {
    board: {
      id: '00000000-0000-4000-8000-000000000001',
      title: 'Joint Thoracic Tumor Board',
      tumorEntity: 'thoracic',
      startsAt: '2026-12-03T07:00:00.000Z',
      timeZone: 'Europe/Berlin',
      startedAt: '2026-12-03T07:01:00.000Z',
      endedAt: '2026-12-03T07:55:00.000Z',
      // Listed Seoul first: the host still leads.
      host: BERLIN,
      institutions: [SEOUL, BERLIN],
    },
    attendance,
    cases: [],
    summary: '',
  };
}

describe('attendanceGroups', () => {
  it('groups people by institution, host first, keeping empty institutions', () => {
    const groups = attendanceGroups(contentWith([person('Dr. Kim', 'SNUH')]));
    expect(groups.map((group) => [group.institution.code, group.entries.length])).toEqual([
      ['CHB', 0],
      ['SNUH', 1],
    ]);
  });

  it('keeps people of an institution the board no longer lists, at the end', () => {
    const groups = attendanceGroups(
      contentWith([person('Dr. Huber', 'MUW'), person('Dr. Weber', 'CHB')]),
    );
    expect(groups.map((group) => group.institution.code)).toEqual(['CHB', 'SNUH', 'MUW']);
    expect(groups[2]?.institution).toEqual({ code: 'MUW', name: 'MUW', timeZone: 'Europe/Berlin' });
  });

  it('shows such a group on its people’s own clock when the minutes recorded it', () => {
    const vienna = { ...person('Dr. Huber', 'MUW'), timeZone: 'Europe/Vienna' };
    const groups = attendanceGroups(contentWith([vienna]));
    expect(groups[2]?.institution.timeZone).toBe('Europe/Vienna');
  });
});

describe('institutionName', () => {
  it('names a listed institution and falls back to the code of one the minutes do not list', () => {
    const { board } = contentWith([]);
    expect(institutionName(board, 'SNUH')).toBe('Seoul National University Hospital');
    expect(institutionName(board, 'MUW')).toBe('MUW');
  });
});

describe('attendance times', () => {
  // 16:28 in Berlin is 00:28 the next day in Seoul.
  const instant = '2026-12-03T15:28:00.000Z';

  it('are 24-hour in every language', () => {
    for (const locale of ['en', 'de', 'ko']) {
      expect(clockTime(instant, locale, 'Europe/Berlin')).toBe('16:28');
      expect(clockTime(instant, locale, 'Asia/Seoul')).toBe('00:28');
    }
  });

  it('carry a date only when they fall on another day than the table’s', () => {
    const seoulDay = dayIn(instant, 'Asia/Seoul');
    expect(seoulDay).toBe('2026-12-04');
    expect(timeInTable(instant, 'de', 'Asia/Seoul', seoulDay)).toBe('00:28');
    expect(timeInTable(instant, 'de', 'Asia/Seoul', '2026-12-03')).toBe('4. Dez. 00:28');
    expect(timeInTable(instant, 'ko', 'Asia/Seoul', '2026-12-03')).toBe('12월 4일 00:28');
  });

  it('name the table’s day in its zone', () => {
    expect(tableDate(instant, 'de', 'Europe/Berlin')).toBe('Do., 3. Dez. 2026');
    expect(tableDate(instant, 'ko', 'Asia/Seoul')).toBe('2026년 12월 4일 (금)');
  });
});

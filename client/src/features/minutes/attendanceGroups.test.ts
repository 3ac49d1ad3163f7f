import type { AttendanceEntry, MinutesContent } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { attendanceGroups, institutionName } from './attendanceGroups';

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
});

describe('institutionName', () => {
  it('names a listed institution and falls back to the code', () => {
    const { board } = contentWith([]);
    expect(institutionName(board, 'SNUH')).toBe('Seoul National University Hospital');
    expect(institutionName(board, 'XYZ')).toBe('XYZ');
  });
});

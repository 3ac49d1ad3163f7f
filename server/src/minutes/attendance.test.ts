import { describe, expect, it } from 'vitest';
import type { AttendanceRow } from '../storage/repositories/minutes';
import { attendanceOf, attendanceSpans } from './attendance';

/** 16:mm Berlin on the board's day (15:mm UTC); seconds when a test needs them. */
const at = (minute: number, second = 0) =>
  new Date(Date.UTC(2026, 11, 3, 15, minute, second)).toISOString();

/** A board held from 16:02 to 16:34 Berlin time. */
const ENDED = { startedAt: at(2), endedAt: at(34) };
const LIVE = { startedAt: at(2), endedAt: null };

const stay = (from: string, to: string | null) => ({ from, to });

describe('attendanceSpans', () => {
  it('merges stays less than two minutes apart into one span', () => {
    expect(
      attendanceSpans([stay(at(5), at(10)), stay(at(11), at(20)), stay(at(21, 59), at(30))], ENDED),
    ).toEqual([stay(at(5), at(30))]);
  });

  it('keeps stays exactly two minutes apart, or more, as spans of their own', () => {
    expect(attendanceSpans([stay(at(5), at(10)), stay(at(12), at(20))], ENDED)).toEqual([
      stay(at(5), at(10)),
      stay(at(12), at(20)),
    ]);
  });

  it('merges overlapping stays (two tabs) in any order, to whichever ends later', () => {
    expect(
      attendanceSpans([stay(at(8), at(12)), stay(at(5), at(20)), stay(at(6), at(9))], ENDED),
    ).toEqual([stay(at(5), at(20))]);
  });

  it('drops stays that last no time, wherever they are', () => {
    expect(
      attendanceSpans([stay(at(10), at(10)), stay(at(20), at(25)), stay(at(30), at(30))], ENDED),
    ).toEqual([stay(at(20), at(25))]);
  });

  it('leaves out a span under a minute (it would read 16:10–16:10), after merging', () => {
    expect(attendanceSpans([stay(at(10), at(10, 59)), stay(at(20), at(21))], ENDED)).toEqual([
      stay(at(20), at(21)),
    ]);
    // Two short stays a reconnect apart are one span of a minute and more.
    expect(attendanceSpans([stay(at(10), at(10, 40)), stay(at(11), at(11, 30))], ENDED)).toEqual([
      stay(at(10), at(11, 30)),
    ]);
  });

  it('drops what lies after the end: reading the ended board is not attending', () => {
    // 16:36–16:36 and a stay left open after the end, as an ended live page once added.
    expect(
      attendanceSpans([stay(at(5), at(34)), stay(at(36), at(36)), stay(at(36), null)], ENDED),
    ).toEqual([stay(at(5), at(34))]);
    expect(attendanceSpans([stay(at(34), null)], ENDED)).toEqual([]);
  });

  it('clips to the start and the end: waiting before the start is not attending', () => {
    expect(attendanceSpans([stay(at(0), at(10)), stay(at(30), at(40))], ENDED)).toEqual([
      stay(at(2), at(10)),
      stay(at(30), at(34)),
    ]);
    // Entirely before the start: nothing.
    expect(attendanceSpans([stay(at(0), at(2))], ENDED)).toEqual([]);
  });

  it('ends an open stay at the end once the board has ended', () => {
    expect(attendanceSpans([stay(at(5), null)], ENDED)).toEqual([stay(at(5), at(34))]);
  });

  it('keeps a stay open while the board is live, absorbing any stay after it', () => {
    expect(attendanceSpans([stay(at(5), at(10)), stay(at(11), null)], LIVE)).toEqual([
      stay(at(5), null),
    ]);
    expect(attendanceSpans([stay(at(5), null), stay(at(20), at(25))], LIVE)).toEqual([
      stay(at(5), null),
    ]);
    expect(attendanceSpans([stay(at(5), at(10)), stay(at(20), null)], LIVE)).toEqual([
      stay(at(5), at(10)),
      stay(at(20), null),
    ]);
  });

  it('keeps every stay of a board whose start was never recorded, ending open ones at the end', () => {
    expect(attendanceSpans([stay(at(0), null)], { startedAt: null, endedAt: at(34) })).toEqual([
      stay(at(0), at(34)),
    ]);
  });
});

describe('attendanceOf', () => {
  const row = (
    userId: string,
    name: string,
    institutionCode: string,
    joinedAt: string,
    leftAt: string | null,
  ): AttendanceRow => ({
    userId,
    name,
    role: 'clinician',
    institutionCode,
    timeZone: institutionCode === 'SCCC' ? 'Asia/Seoul' : 'Europe/Berlin',
    joinedAt,
    leftAt,
  });

  it('gives one entry per person, by institution then name, each in their institution’s zone', () => {
    const rows = [
      row('kim', 'Dr. 김민준', 'SCCC', at(3), at(30)),
      row('weber', 'Dr. Jonas Weber', 'CCCC', at(2), at(16)),
      row('weber', 'Dr. Jonas Weber', 'CCCC', at(17), at(30)),
      row('berger', 'Anna Berger', 'CCCC', at(1), null),
    ];
    expect(attendanceOf(rows, ENDED)).toEqual([
      {
        name: 'Anna Berger',
        role: 'clinician',
        institutionCode: 'CCCC',
        timeZone: 'Europe/Berlin',
        intervals: [stay(at(2), at(34))],
      },
      {
        name: 'Dr. Jonas Weber',
        role: 'clinician',
        institutionCode: 'CCCC',
        timeZone: 'Europe/Berlin',
        intervals: [stay(at(2), at(30))],
      },
      {
        name: 'Dr. 김민준',
        role: 'clinician',
        institutionCode: 'SCCC',
        timeZone: 'Asia/Seoul',
        intervals: [stay(at(3), at(30))],
      },
    ]);
  });

  it('leaves out whoever was only there before the start, after the end or for no time', () => {
    const rows = [
      row('early', 'Early Bird', 'CCCC', at(0), at(1)),
      row('late', 'Late Reader', 'CCCC', at(36), at(36)),
      row('here', 'Here All Along', 'CCCC', at(2), at(34)),
    ];
    expect(attendanceOf(rows, ENDED).map((entry) => entry.name)).toEqual(['Here All Along']);
  });
});

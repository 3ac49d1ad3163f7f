import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  dayBoundaryInstant,
  formatAuditTime,
  formatTime,
  formatZoneTimes,
  timesInZones,
  zoneCity,
} from './time';

// The product's reference board: 2026-12-03 08:00 Europe/Berlin = 16:00 Asia/Seoul.
const BOARD_START = '2026-12-03T07:00:00.000Z';

describe('zoneCity', () => {
  it('names the city of an IANA zone', () => {
    expect(zoneCity('Europe/Berlin')).toBe('Berlin');
    expect(zoneCity('America/New_York')).toBe('New York');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});

describe('timesInZones', () => {
  it('shows one instant in every institution zone, in 24-hour time', () => {
    const times = timesInZones(BOARD_START, ['Europe/Berlin', 'Asia/Seoul'], 'en', 'Europe/Berlin');
    expect(formatZoneTimes(times)).toBe('08:00 Berlin · 16:00 Seoul');
  });

  it('lists a zone once even when several institutions share it', () => {
    const times = timesInZones(
      BOARD_START,
      ['Europe/Berlin', 'Asia/Seoul', 'Europe/Berlin'],
      'de',
      'Europe/Berlin',
    );
    expect(times.map((entry) => entry.timeZone)).toEqual(['Europe/Berlin', 'Asia/Seoul']);
  });

  it('marks the weekday where the calendar day differs from the host zone', () => {
    // 20:00 in Berlin on Thursday is 04:00 on Friday in Seoul.
    const evening = '2026-12-03T19:00:00.000Z';
    const times = timesInZones(evening, ['Europe/Berlin', 'Asia/Seoul'], 'en', 'Europe/Berlin');
    expect(times[0]?.otherDay).toBeNull();
    expect(times[1]?.otherDay).toBe('Fri');
    expect(formatZoneTimes(times)).toBe('20:00 Berlin · Fri 04:00 Seoul');
  });

  it('follows daylight saving time per zone', () => {
    // In July Berlin is UTC+2, Seoul UTC+9 (no DST): 7 hours apart instead of 8.
    expect(formatTime('2026-07-02T06:00:00.000Z', 'en', 'Europe/Berlin')).toBe('08:00');
    expect(formatTime('2026-07-02T06:00:00.000Z', 'en', 'Asia/Seoul')).toBe('15:00');
  });
});

describe('dayBoundaryInstant', () => {
  it('starts a day at local midnight of the given zone', () => {
    expect(dayBoundaryInstant('2026-12-03', 'Asia/Seoul')).toBe('2026-12-02T15:00:00.000Z');
    expect(dayBoundaryInstant('2026-12-03', 'Europe/Berlin')).toBe('2026-12-02T23:00:00.000Z');
    expect(dayBoundaryInstant('2026-12-03', 'UTC')).toBe('2026-12-03T00:00:00.000Z');
  });

  it('ends a day at its last millisecond', () => {
    expect(dayBoundaryInstant('2026-12-03', 'Asia/Seoul', true)).toBe('2026-12-03T14:59:59.999Z');
  });

  it('handles the day daylight saving time starts', () => {
    // Berlin switches to UTC+2 at 02:00 on 2026-03-29; midnight is still UTC+1.
    expect(dayBoundaryInstant('2026-03-29', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z');
    expect(dayBoundaryInstant('2026-03-29', 'Europe/Berlin', true)).toBe(
      '2026-03-29T21:59:59.999Z',
    );
  });

  it('refuses anything that is not a calendar day', () => {
    expect(dayBoundaryInstant('03.12.2026', 'Europe/Berlin')).toBeNull();
    expect(dayBoundaryInstant('', 'Europe/Berlin')).toBeNull();
  });

  it('round-trips with calendarDay', () => {
    const start = dayBoundaryInstant('2026-12-03', 'America/New_York');
    expect(start && calendarDay(start, 'America/New_York')).toBe('2026-12-03');
  });
});

describe('formatAuditTime', () => {
  it('writes the instant in the viewer zone in ISO order, whatever the language', () => {
    expect(formatAuditTime(BOARD_START, 'Europe/Berlin')).toBe('2026-12-03 08:00:00');
    expect(formatAuditTime('2026-12-03T14:59:59.000Z', 'Asia/Seoul')).toBe('2026-12-03 23:59:59');
    expect(formatAuditTime('2026-12-03T15:00:00.000Z', 'Asia/Seoul')).toBe('2026-12-04 00:00:00');
  });
});

import { describe, expect, it } from 'vitest';
import {
  instantFromWallClock,
  localDateAndTime,
  offsetMinutesAt,
  todayIn,
  workingHourSlots,
} from './zonedTime';

const BERLIN = 'Europe/Berlin';
const SEOUL = 'Asia/Seoul';

/** Berlin switches on the last Sundays of March (29 Mar 2026) and October (25 Oct 2026); Seoul never. */
describe('Berlin and Seoul across daylight-saving switches', () => {
  it.each([
    ['winter, before the March switch', '2026-03-28T08:00', '2026-03-28T07:00:00.000Z', '16:00', 8],
    ['summer, after the March switch', '2026-03-30T08:00', '2026-03-30T06:00:00.000Z', '15:00', 7],
    [
      'summer, before the October switch',
      '2026-10-24T08:00',
      '2026-10-24T06:00:00.000Z',
      '15:00',
      7,
    ],
    [
      'winter, after the October switch',
      '2026-10-26T08:00',
      '2026-10-26T07:00:00.000Z',
      '16:00',
      8,
    ],
    ['the joint board of 3 December', '2026-12-03T08:00', '2026-12-03T07:00:00.000Z', '16:00', 8],
  ])('%s: 08:00 Berlin', (_label, local, utc, seoulTime, gapHours) => {
    const instant = instantFromWallClock(local, BERLIN);
    expect(instant?.toISOString()).toBe(utc);
    if (!instant) return;
    expect(localDateAndTime(instant, SEOUL).time).toBe(seoulTime);
    expect((offsetMinutesAt(instant, SEOUL) - offsetMinutesAt(instant, BERLIN)) / 60).toBe(
      gapHours,
    );
  });

  it('treats a Seoul entry and a Berlin entry of the same moment alike', () => {
    expect(instantFromWallClock('2026-12-03T16:00', SEOUL)?.toISOString()).toBe(
      instantFromWallClock('2026-12-03T08:00', BERLIN)?.toISOString(),
    );
  });

  it('refuses a wall time skipped when Berlin springs forward', () => {
    expect(instantFromWallClock('2026-03-29T02:30', BERLIN)).toBeNull();
    expect(instantFromWallClock('2026-03-29T03:00', BERLIN)?.toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
  });

  it('takes the first of the two 02:30s when Berlin falls back', () => {
    expect(instantFromWallClock('2026-10-25T02:30', BERLIN)?.toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('refuses malformed and impossible dates', () => {
    expect(instantFromWallClock('2026-02-30T08:00', BERLIN)).toBeNull();
    expect(instantFromWallClock('2026-12-03 08:00', BERLIN)).toBeNull();
    expect(instantFromWallClock('2026-12-03T24:00', BERLIN)).toBeNull();
  });
});

describe('todayIn', () => {
  it('is already tomorrow in Seoul while Berlin is still on today', () => {
    const lateInBerlin = new Date('2026-12-03T22:30:00.000Z');
    expect(todayIn(BERLIN, lateInBerlin)).toBe('2026-12-03');
    expect(todayIn(SEOUL, lateInBerlin)).toBe('2026-12-04');
  });
});

describe('workingHourSlots', () => {
  const berlinTimes = (date: string) =>
    workingHourSlots(date, BERLIN, [BERLIN, SEOUL]).map((slot) =>
      slot.local.map((entry) => entry.time).join(' / '),
    );

  it('offers 08:00 and 09:00 Berlin in winter (16:00 and 17:00 in Seoul)', () => {
    expect(berlinTimes('2026-12-03')).toEqual(['08:00 / 16:00', '09:00 / 17:00']);
  });

  it('offers one more hour in summer, when the gap is 7 hours', () => {
    expect(berlinTimes('2026-07-02')).toEqual(['08:00 / 15:00', '09:00 / 16:00', '10:00 / 17:00']);
  });

  it('works on the switch days themselves', () => {
    expect(berlinTimes('2026-03-29')).toEqual(['08:00 / 15:00', '09:00 / 16:00', '10:00 / 17:00']);
    expect(berlinTimes('2026-10-25')).toEqual(['08:00 / 16:00', '09:00 / 17:00']);
  });

  it('offers the full day for a single zone and nothing for zones that never overlap', () => {
    expect(workingHourSlots('2026-12-03', BERLIN, [BERLIN])).toHaveLength(10);
    expect(workingHourSlots('2026-12-03', BERLIN, [BERLIN, SEOUL, 'America/Los_Angeles'])).toEqual(
      [],
    );
  });

  it('reports slots as UTC instants with each zone’s local date', () => {
    const [first] = workingHourSlots('2026-12-03', SEOUL, [SEOUL, BERLIN]);
    expect(first?.startsAt).toBe('2026-12-03T07:00:00.000Z');
    expect(first?.local).toEqual([
      { timeZone: SEOUL, date: '2026-12-03', time: '16:00' },
      { timeZone: BERLIN, date: '2026-12-03', time: '08:00' },
    ]);
  });
});

import { expect, it } from 'vitest';
import { earlyStartTimes } from './earlyStart';

// Thursday 10 December 2026, 08:00 in Berlin (UTC+1) and 16:00 in Seoul (UTC+9).
const STARTS_AT = '2026-12-10T07:00:00.000Z';

it('names the start on a Seoul viewer’s clock, and on the Berlin board’s', () => {
  expect(earlyStartTimes(STARTS_AT, 'Europe/Berlin', 'Asia/Seoul', 'en-GB')).toEqual({
    viewer: { date: 'Thu, 10 Dec 2026', time: '16:00', city: 'Seoul' },
    // The same day in both: the date is not said twice.
    board: { date: null, time: '08:00', city: 'Berlin' },
  });
});

it('names the other day where the zones disagree on it, in 24-hour time in Korean', () => {
  // 23:30 Berlin on Thursday is 07:30 on Friday in Seoul.
  const times = earlyStartTimes('2026-12-10T22:30:00.000Z', 'Europe/Berlin', 'Asia/Seoul', 'ko');
  expect(times.viewer.time).toBe('07:30');
  expect(times.viewer.date).toContain('11');
  expect(times.board?.time).toBe('23:30');
  expect(times.board?.date).toContain('10');
});

it('names the start once when the viewer’s clock is the board’s', () => {
  expect(earlyStartTimes(STARTS_AT, 'Europe/Berlin', 'Europe/Berlin', 'de')).toEqual({
    viewer: { date: 'Do., 10. Dez. 2026', time: '08:00', city: 'Berlin' },
    board: null,
  });
  // Vienna keeps Berlin's time: nothing to add for a Viennese viewer.
  expect(earlyStartTimes(STARTS_AT, 'Europe/Berlin', 'Europe/Vienna', 'de').board).toBeNull();
});

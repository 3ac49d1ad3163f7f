import { expect, it } from 'vitest';
import { zoneRanges } from './liveTimes';

const ZONES = ['Europe/Berlin', 'Asia/Seoul'];

it('shows a board in every institution zone: 08:00 Berlin is 16:00 Seoul in winter', () => {
  expect(zoneRanges('2026-12-10T07:00:00.000Z', 60, ZONES, 'en-GB', 'Europe/Berlin')).toBe(
    '08:00–09:00 Berlin · 16:00–17:00 Seoul',
  );
});

it('names the weekday where the day differs from the host zone', () => {
  // 18:00 Berlin on Thursday is 02:00 on Friday in Seoul.
  expect(zoneRanges('2026-12-10T17:00:00.000Z', 30, ZONES, 'en-GB', 'Europe/Berlin')).toBe(
    '18:00–18:30 Berlin · Fri 02:00–02:30 Seoul',
  );
});

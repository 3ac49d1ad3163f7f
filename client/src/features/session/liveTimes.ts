import { useEffect, useState } from 'react';
import { timesInZones } from '../../lib/time';

/**
 * "08:00–09:00 Berlin · 16:00–17:00 Seoul": a span of time in each zone, with the weekday where
 * a zone's calendar day differs from the reference zone's (so 23:00–00:00 never hides a day).
 */
export function zoneRanges(
  startsAt: string,
  durationMinutes: number,
  timeZones: readonly string[],
  locale: string,
  referenceZone: string,
): string {
  const endsAt = new Date(Date.parse(startsAt) + durationMinutes * 60_000).toISOString();
  const starts = timesInZones(startsAt, timeZones, locale, referenceZone);
  const ends = timesInZones(endsAt, timeZones, locale, referenceZone);
  return starts
    .map((start, index) => {
      const end = ends[index];
      const range = end ? `${start.time}–${end.time}` : start.time;
      return [start.otherDay, range, start.city].filter(Boolean).join(' ');
    })
    .join(' · ');
}

/** The wall clock, for showing "now" in each zone (never for the case timer), every `everyMs`. */
export function useWallClock(everyMs = 15_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

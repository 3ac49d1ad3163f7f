import { localDateAndTime, workingHourSlots } from '@konsil/shared';
import { formatZoneTimes, timesInZones } from '../../lib/time';

export interface SlotOption {
  /** HH:MM on the clock of the zone the board is planned in; what a click puts in the form. */
  time: string;
  /** "08:00 Berlin · 16:00 Seoul": the zone the time is entered in first, then the others. */
  label: string;
}

/**
 * The whole hours of `date` (in `timeZone`) that lie within 08:00–18:00 at every participating
 * institution, labelled with the time in each of their zones.
 */
export function slotOptions(
  date: string,
  timeZone: string,
  institutionZones: readonly string[],
  locale: string,
): SlotOption[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || institutionZones.length === 0) return [];
  const shownZones = [timeZone, ...institutionZones.filter((zone) => zone !== timeZone)];
  return workingHourSlots(date, timeZone, institutionZones).map((slot) => ({
    time: localDateAndTime(new Date(slot.startsAt), timeZone).time,
    label: formatZoneTimes(timesInZones(slot.startsAt, shownZones, locale, timeZone)),
  }));
}

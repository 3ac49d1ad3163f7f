/**
 * Wall-clock time in IANA zones, computed with Intl only (no tz library):
 * the zones the boards use are all in the platform's tz database.
 */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at `instant`. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? Number.NaN);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (Berlin winter: +60, Seoul: +540). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const wall = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const truncated = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - truncated) / 60_000);
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant at which the wall clock in `timeZone` shows `local`
 * ("2026-12-03T08:00"). Returns null when that wall time does not exist
 * (skipped by a daylight-saving switch) or is malformed. An ambiguous time
 * (repeated when clocks go back) resolves to the first occurrence.
 */
export function instantFromWallClock(local: string, timeZone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wallAsUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  // Try the offsets in force a day either side; the earlier instant wins for repeated times.
  const candidates = [-36, 0, 36]
    .map((hours) => offsetMinutesAt(new Date(wallAsUtc + hours * 3_600_000), timeZone))
    .map((offset) => new Date(wallAsUtc - offset * 60_000))
    .filter((instant) => {
      const wall = wallClockAt(instant, timeZone);
      return (
        wall.year === year &&
        wall.month === month &&
        wall.day === day &&
        wall.hour === hour &&
        wall.minute === minute
      );
    })
    .sort((a, b) => a.getTime() - b.getTime());
  return candidates[0] ?? null;
}

/** "2026-12-03" and "08:00" of an instant in a zone. */
export function localDateAndTime(instant: Date, timeZone: string): { date: string; time: string } {
  const wall = wallClockAt(instant, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date: `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`,
    time: `${pad(wall.hour)}:${pad(wall.minute)}`,
  };
}

/** Today's calendar date in a zone, e.g. for "not in the future" checks. */
export function todayIn(timeZone: string, now: Date): string {
  return localDateAndTime(now, timeZone).date;
}

export interface WorkingSlot {
  /** Start of the hour, UTC. */
  startsAt: string;
  /** Local start time per zone, in the order the zones were given. */
  local: { timeZone: string; time: string; date: string }[];
}

/**
 * Hours on `date` (in `referenceZone`) whose whole hour lies inside working
 * hours (default 08:00–18:00) in every zone: for Berlin and Seoul that is
 * 08:00–10:00 Berlin in winter and 08:00–11:00 in summer.
 */
export function workingHourSlots(
  date: string,
  referenceZone: string,
  zones: readonly string[],
  hours: { start: number; end: number } = { start: 8, end: 18 },
): WorkingSlot[] {
  const slots: WorkingSlot[] = [];
  for (let hour = 0; hour < 24; hour += 1) {
    const start = instantFromWallClock(
      `${date}T${String(hour).padStart(2, '0')}:00`,
      referenceZone,
    );
    if (!start) continue;
    const end = new Date(start.getTime() + 3_600_000);
    const fits = zones.every((zone) => {
      const from = wallClockAt(start, zone);
      const to = wallClockAt(end, zone);
      const startMinutes = from.hour * 60 + from.minute;
      const endMinutes = to.hour * 60 + to.minute + (to.day !== from.day ? 24 * 60 : 0);
      return startMinutes >= hours.start * 60 && endMinutes <= hours.end * 60;
    });
    if (!fits) continue;
    slots.push({
      startsAt: start.toISOString(),
      local: zones.map((timeZone) => ({ timeZone, ...localDateAndTime(start, timeZone) })),
    });
  }
  return slots;
}

/** Time source passed into the app so tests can move time without sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function minutesFrom(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

export function hoursFrom(date: Date, hours: number): Date {
  return minutesFrom(date, hours * 60);
}

import type { Clock } from '../clock';

/** A clock that only moves when a test says so. */
export class FakeClock implements Clock {
  private current: number;

  constructor(start: Date | string = '2026-12-03T07:00:00.000Z') {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Jumps to an instant, e.g. a minute before midnight in one of the zones. */
  setTo(instant: Date | string): void {
    this.current = new Date(instant).getTime();
  }

  advanceMinutes(minutes: number): void {
    this.current += minutes * 60_000;
  }

  advanceHours(hours: number): void {
    this.advanceMinutes(hours * 60);
  }
}

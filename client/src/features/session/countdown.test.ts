import type { Timer } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { countdownDisplay, remainingAt } from './countdown';

/** A fake monotonic clock: the test moves time, nothing reads the wall clock. */
function fakeClock(start = 1_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const running: Timer = { caseId: 'c', state: 'running', allottedMs: 300_000, remainingMs: 120_000 };

describe('counting down from a snapshot', () => {
  it('counts a running timer down from the moment the snapshot arrived', () => {
    const clock = fakeClock();
    const receivedAt = clock.now();
    expect(remainingAt(running, receivedAt, clock.now())).toBe(120_000);
    clock.advance(30_500);
    expect(remainingAt(running, receivedAt, clock.now())).toBe(89_500);
    expect(countdownDisplay(remainingAt(running, receivedAt, clock.now())).text).toBe('01:30');
  });

  it('keeps going below zero, into an overrun everyone can see', () => {
    const clock = fakeClock();
    const receivedAt = clock.now();
    clock.advance(125_000);
    const left = remainingAt(running, receivedAt, clock.now());
    expect(left).toBe(-5_000);
    expect(countdownDisplay(left)).toEqual({ text: '00:05', isOverrun: true, seconds: -5 });
  });

  it('does not move a paused or idle timer', () => {
    const clock = fakeClock();
    const receivedAt = clock.now();
    clock.advance(60_000);
    expect(remainingAt({ ...running, state: 'paused' }, receivedAt, clock.now())).toBe(120_000);
    expect(remainingAt({ ...running, state: 'idle' }, receivedAt, clock.now())).toBe(120_000);
  });

  it('shows a paused overrun as overrun', () => {
    const paused: Timer = { ...running, state: 'paused', remainingMs: -61_000 };
    expect(countdownDisplay(remainingAt(paused, 0, 10_000))).toEqual({
      text: '01:01',
      isOverrun: true,
      seconds: -61,
    });
  });

  it('never counts backwards when the monotonic clock is read before the arrival time', () => {
    expect(remainingAt(running, 5_000, 4_000)).toBe(120_000);
  });
});

describe('reading the countdown', () => {
  it('rounds a part second up while time is left, and holds zero for its whole second', () => {
    expect(countdownDisplay(400).text).toBe('00:01');
    expect(countdownDisplay(0)).toEqual({ text: '00:00', isOverrun: false, seconds: 0 });
    expect(countdownDisplay(-999)).toEqual({ text: '00:00', isOverrun: false, seconds: 0 });
    expect(countdownDisplay(-1000)).toEqual({ text: '00:01', isOverrun: true, seconds: -1 });
  });

  it('adds hours for long cases', () => {
    expect(countdownDisplay(3_723_000).text).toBe('1:02:03');
    expect(countdownDisplay(600_000).text).toBe('10:00');
  });
});

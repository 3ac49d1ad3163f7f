import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domainError';
import {
  callOn,
  emptySession,
  end,
  extendTimer,
  lowerHand,
  pauseTimer,
  presentSession,
  raiseHand,
  type StoredSession,
  setCase,
  setCoChair,
  start,
  startTimer,
} from './sessionState';

const BOARD_ID = randomUUID();
const FIRST_CASE = { id: randomUUID(), allottedMinutes: 10 };
const SECOND_CASE = { id: randomUUID(), allottedMinutes: 15 };
const WEBER = { userId: randomUUID(), name: 'Dr. Jonas Weber', institutionCode: 'CCCC' };
const KIM = { userId: randomUUID(), name: 'Dr. Kim Min-jun', institutionCode: 'SCCC' };

const T0 = new Date('2026-12-03T08:00:00.000Z');
const at = (minutes: number, seconds = 0) =>
  new Date(T0.getTime() + minutes * 60_000 + seconds * 1000);

/** A board that has just gone live on its first case, timer not yet started. */
const liveOnFirstCase = (): StoredSession => start(emptySession(BOARD_ID, 'scheduled'), FIRST_CASE);

const remainingAt = (session: StoredSession, now: Date) =>
  presentSession(session, now).timer.remainingMs;

/** The error id a transition refuses with (fails the test if it does not refuse). */
function refusal(transition: () => unknown): string {
  try {
    transition();
  } catch (error) {
    if (error instanceof DomainError) return error.id;
    throw error;
  }
  return expect.fail('the transition was accepted');
}

describe('an empty session', () => {
  it('has version 0, no case, an idle timer, no hands and no speaker', () => {
    expect(presentSession(emptySession(BOARD_ID, 'scheduled'), T0)).toEqual({
      version: 0,
      boardId: BOARD_ID,
      status: 'scheduled',
      currentCaseId: null,
      isCurrentCaseHidden: false,
      coChairIds: [],
      timer: { caseId: null, state: 'idle', allottedMs: 0, remainingMs: 0 },
      hands: [],
      speakerId: null,
    });
  });
});

describe('start', () => {
  it('goes live on the first case of the agenda with its time budget', () => {
    const live = liveOnFirstCase();
    expect(live.status).toBe('live');
    expect(live.currentCaseId).toBe(FIRST_CASE.id);
    expect(live.timer).toEqual({
      caseId: FIRST_CASE.id,
      state: 'idle',
      allottedMs: 600_000,
      elapsedMs: 0,
      runningSince: null,
    });
  });

  it('goes live without a case when the agenda is empty', () => {
    const live = start(emptySession(BOARD_ID, 'scheduled'), null);
    expect(live.status).toBe('live');
    expect(live.currentCaseId).toBeNull();
    expect(live.timer.state).toBe('idle');
  });

  it('is a no-op on a live board (same session, so nothing is saved or broadcast)', () => {
    const live = liveOnFirstCase();
    expect(start(live, SECOND_CASE)).toBe(live);
  });

  it('refuses to restart an ended board', () => {
    const ended = end(liveOnFirstCase(), T0);
    expect(refusal(() => start(ended, FIRST_CASE))).toBe('board_not_live');
  });

  it('does not bump the version itself (the command runner does)', () => {
    expect(liveOnFirstCase().version).toBe(0);
  });
});

describe('end', () => {
  it('ends a live board, freezes a running timer and clears hands and speaker', () => {
    let session = startTimer(liveOnFirstCase(), T0);
    session = raiseHand(session, WEBER, at(1));
    session = callOn(raiseHand(session, KIM, at(2)), KIM.userId);
    const ended = end(session, at(4));
    expect(ended.status).toBe('ended');
    expect(ended.hands).toEqual([]);
    expect(ended.speakerId).toBeNull();
    expect(ended.timer).toMatchObject({ state: 'paused', elapsedMs: 240_000, runningSince: null });
    // Time stops with the board.
    expect(remainingAt(ended, at(60))).toBe(360_000);
  });

  it('is a no-op on an ended board', () => {
    const ended = end(liveOnFirstCase(), T0);
    expect(end(ended, at(5))).toBe(ended);
  });

  it('refuses a board that never went live', () => {
    expect(refusal(() => end(emptySession(BOARD_ID, 'scheduled'), T0))).toBe('board_not_live');
  });
});

describe('setCase', () => {
  it('moves to a case with a fresh idle timer of its own budget and no speaker', () => {
    let session = startTimer(liveOnFirstCase(), T0);
    session = callOn(session, WEBER.userId);
    const moved = setCase(session, SECOND_CASE);
    expect(moved.currentCaseId).toBe(SECOND_CASE.id);
    expect(moved.timer).toEqual({
      caseId: SECOND_CASE.id,
      state: 'idle',
      allottedMs: 900_000,
      elapsedMs: 0,
      runningSince: null,
    });
    expect(moved.speakerId).toBeNull();
    expect(remainingAt(moved, at(7))).toBe(900_000);
  });

  it('is a no-op for the current case (its running timer is not reset)', () => {
    const running = startTimer(liveOnFirstCase(), T0);
    expect(setCase(running, FIRST_CASE)).toBe(running);
  });

  it('refuses unless the board is live', () => {
    expect(refusal(() => setCase(emptySession(BOARD_ID, 'scheduled'), FIRST_CASE))).toBe(
      'board_not_live',
    );
    expect(refusal(() => setCase(end(liveOnFirstCase(), T0), SECOND_CASE))).toBe('board_not_live');
  });
});

describe('the timer', () => {
  it('counts down from the instant it started, by the server clock', () => {
    const running = startTimer(liveOnFirstCase(), T0);
    expect(running.timer).toMatchObject({ state: 'running', runningSince: T0.toISOString() });
    expect(remainingAt(running, T0)).toBe(600_000);
    expect(remainingAt(running, at(3))).toBe(420_000);
    expect(remainingAt(running, at(9, 59))).toBe(1_000);
  });

  it('goes negative when the case runs over', () => {
    const running = startTimer(liveOnFirstCase(), T0);
    expect(remainingAt(running, at(10))).toBe(0);
    expect(remainingAt(running, at(12, 30))).toBe(-150_000);
  });

  it('stands still while paused and resumes where it stopped', () => {
    const paused = pauseTimer(startTimer(liveOnFirstCase(), T0), at(3));
    expect(paused.timer).toMatchObject({ state: 'paused', elapsedMs: 180_000, runningSince: null });
    expect(remainingAt(paused, at(30))).toBe(420_000);

    const resumed = startTimer(paused, at(30));
    expect(remainingAt(resumed, at(32))).toBe(300_000);
    expect(pauseTimer(resumed, at(32)).timer.elapsedMs).toBe(300_000);
  });

  it('does not count a start instant later than "now" as negative elapsed time', () => {
    const running = startTimer(liveOnFirstCase(), at(5));
    expect(remainingAt(running, T0)).toBe(600_000);
  });

  it('extends the budget while running, and each extension adds up', () => {
    const running = startTimer(liveOnFirstCase(), T0);
    const once = extendTimer(running, 5);
    expect(once.timer).toMatchObject({ state: 'running', allottedMs: 900_000 });
    expect(remainingAt(once, at(12))).toBe(180_000);
    // Not idempotent: a second extension is a second change.
    expect(extendTimer(once, 5).timer.allottedMs).toBe(1_200_000);
  });

  it('treats start on a running timer and pause on a stopped one as no-ops', () => {
    const live = liveOnFirstCase();
    expect(pauseTimer(live, T0)).toBe(live);
    const running = startTimer(live, T0);
    expect(startTimer(running, at(2))).toBe(running);
    const paused = pauseTimer(running, at(3));
    expect(pauseTimer(paused, at(4))).toBe(paused);
  });

  it('refuses to start or extend without a current case', () => {
    const caseless = start(emptySession(BOARD_ID, 'scheduled'), null);
    expect(refusal(() => startTimer(caseless, T0))).toBe('validation_failed');
    expect(refusal(() => extendTimer(caseless, 5))).toBe('validation_failed');
  });

  it('refuses every timer command unless the board is live', () => {
    const scheduled = emptySession(BOARD_ID, 'scheduled');
    const ended = end(liveOnFirstCase(), T0);
    for (const session of [scheduled, ended]) {
      expect(refusal(() => startTimer(session, T0))).toBe('board_not_live');
      expect(refusal(() => pauseTimer(session, T0))).toBe('board_not_live');
      expect(refusal(() => extendTimer(session, 5))).toBe('board_not_live');
    }
  });
});

describe('raised hands', () => {
  it('queue oldest first with the instant each was raised', () => {
    const session = raiseHand(raiseHand(liveOnFirstCase(), WEBER, at(1)), KIM, at(2));
    expect(session.hands).toEqual([
      { ...WEBER, raisedAt: at(1).toISOString() },
      { ...KIM, raisedAt: at(2).toISOString() },
    ]);
  });

  it('keep their place when raised again (a no-op)', () => {
    const session = raiseHand(raiseHand(liveOnFirstCase(), WEBER, at(1)), KIM, at(2));
    expect(raiseHand(session, WEBER, at(3))).toBe(session);
  });

  it('can be lowered; lowering a hand that is not up is a no-op', () => {
    const session = raiseHand(raiseHand(liveOnFirstCase(), WEBER, at(1)), KIM, at(2));
    const lowered = lowerHand(session, WEBER.userId);
    expect(lowered.hands.map((hand) => hand.userId)).toEqual([KIM.userId]);
    expect(lowerHand(lowered, WEBER.userId)).toBe(lowered);
  });

  it('go down when their owner is called on, who becomes the speaker', () => {
    const session = raiseHand(raiseHand(liveOnFirstCase(), WEBER, at(1)), KIM, at(2));
    const called = callOn(session, KIM.userId);
    expect(called.speakerId).toBe(KIM.userId);
    expect(called.hands.map((hand) => hand.userId)).toEqual([WEBER.userId]);
  });

  it('are not needed to be called on', () => {
    expect(callOn(liveOnFirstCase(), WEBER.userId)).toMatchObject({
      speakerId: WEBER.userId,
      hands: [],
    });
  });

  it('cannot be raised and nobody can be called on unless the board is live', () => {
    const scheduled = emptySession(BOARD_ID, 'scheduled');
    const ended = end(liveOnFirstCase(), T0);
    for (const session of [scheduled, ended]) {
      expect(refusal(() => raiseHand(session, WEBER, T0))).toBe('board_not_live');
      expect(refusal(() => callOn(session, WEBER.userId))).toBe('board_not_live');
    }
  });
});

describe('co-chairs', () => {
  it('are named and removed; repeating either is a no-op', () => {
    const live = liveOnFirstCase();
    const named = setCoChair(live, WEBER.userId, true);
    expect(named.coChairIds).toEqual([WEBER.userId]);
    expect(setCoChair(named, WEBER.userId, true)).toBe(named);
    const both = setCoChair(named, KIM.userId, true);
    expect(both.coChairIds).toEqual([WEBER.userId, KIM.userId]);
    const removed = setCoChair(both, WEBER.userId, false);
    expect(removed.coChairIds).toEqual([KIM.userId]);
    expect(setCoChair(removed, WEBER.userId, false)).toBe(removed);
  });

  it('may be named before the board starts', () => {
    const scheduled = emptySession(BOARD_ID, 'scheduled');
    expect(setCoChair(scheduled, WEBER.userId, true).coChairIds).toEqual([WEBER.userId]);
  });
});

describe('presenting a session', () => {
  it('carries the stored fields and the server-computed remaining time only', () => {
    const session = { ...startTimer(liveOnFirstCase(), T0), version: 7 };
    const presented = presentSession(session, at(1, 30));
    expect(presented).toEqual({
      version: 7,
      boardId: BOARD_ID,
      status: 'live',
      currentCaseId: FIRST_CASE.id,
      isCurrentCaseHidden: false,
      coChairIds: [],
      timer: { caseId: FIRST_CASE.id, state: 'running', allottedMs: 600_000, remainingMs: 510_000 },
      hands: [],
      speakerId: null,
    });
    // Storage details (elapsed time, start instant) stay on the server.
    expect(Object.keys(presented.timer)).not.toContain('runningSince');
  });
});

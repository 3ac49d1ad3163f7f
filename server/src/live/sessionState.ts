import type { BoardStatus, RaisedHand, SessionState } from '@konsil/shared';
import { DomainError } from '../errors/domainError';

/**
 * The live board as stored, and the pure transitions the commands apply to
 * it. Timer time is kept as elapsed time plus the instant it last started
 * running, so the server — never a client clock — decides what is left.
 */
export interface StoredTimer {
  caseId: string | null;
  state: 'idle' | 'running' | 'paused';
  allottedMs: number;
  elapsedMs: number;
  runningSince: string | null;
}

export interface StoredSession {
  version: number;
  boardId: string;
  status: BoardStatus;
  currentCaseId: string | null;
  coChairIds: string[];
  timer: StoredTimer;
  hands: RaisedHand[];
  speakerId: string | null;
}

export function emptySession(boardId: string, status: BoardStatus): StoredSession {
  return {
    version: 0,
    boardId,
    status,
    currentCaseId: null,
    coChairIds: [],
    timer: { caseId: null, state: 'idle', allottedMs: 0, elapsedMs: 0, runningSince: null },
    hands: [],
    speakerId: null,
  };
}

function elapsedAt(timer: StoredTimer, now: Date): number {
  const running = timer.runningSince ? now.getTime() - new Date(timer.runningSince).getTime() : 0;
  return timer.elapsedMs + Math.max(0, running);
}

export function presentSession(session: StoredSession, now: Date): SessionState {
  const { timer } = session;
  return {
    version: session.version,
    boardId: session.boardId,
    status: session.status,
    currentCaseId: session.currentCaseId,
    isCurrentCaseHidden: false,
    coChairIds: session.coChairIds,
    timer: {
      caseId: timer.caseId,
      state: timer.state,
      allottedMs: timer.allottedMs,
      remainingMs: Math.round(timer.allottedMs - elapsedAt(timer, now)),
    },
    hands: session.hands,
    speakerId: session.speakerId,
  };
}

function requireLive(session: StoredSession): void {
  if (session.status !== 'live') throw new DomainError('board_not_live');
}

export function start(
  session: StoredSession,
  firstCase: { id: string; allottedMinutes: number } | null,
): StoredSession {
  if (session.status === 'live') return session;
  if (session.status === 'ended') throw new DomainError('board_not_live', 'The board has ended');
  const next: StoredSession = { ...session, status: 'live' };
  return session.currentCaseId || !firstCase ? next : setCase(next, firstCase);
}

export function end(session: StoredSession, now: Date): StoredSession {
  if (session.status === 'ended') return session;
  requireLive(session);
  return { ...pause(session, now), status: 'ended', hands: [], speakerId: null };
}

/** Moves everyone to a case; its timer starts fresh with the case's allotted minutes. */
export function setCase(
  session: StoredSession,
  item: { id: string; allottedMinutes: number },
): StoredSession {
  requireLive(session);
  if (session.currentCaseId === item.id) return session;
  return {
    ...session,
    currentCaseId: item.id,
    timer: {
      caseId: item.id,
      state: 'idle',
      allottedMs: item.allottedMinutes * 60_000,
      elapsedMs: 0,
      runningSince: null,
    },
    speakerId: null,
  };
}

export function startTimer(session: StoredSession, now: Date): StoredSession {
  requireLive(session);
  if (!session.timer.caseId) throw new DomainError('validation_failed', 'No current case');
  if (session.timer.state === 'running') return session;
  return {
    ...session,
    timer: { ...session.timer, state: 'running', runningSince: now.toISOString() },
  };
}

export function pause(session: StoredSession, now: Date): StoredSession {
  if (session.timer.state !== 'running') return session;
  const timer = session.timer;
  return {
    ...session,
    timer: { ...timer, state: 'paused', elapsedMs: elapsedAt(timer, now), runningSince: null },
  };
}

export function pauseTimer(session: StoredSession, now: Date): StoredSession {
  requireLive(session);
  return pause(session, now);
}

export function extendTimer(session: StoredSession, minutes: number): StoredSession {
  requireLive(session);
  if (!session.timer.caseId) throw new DomainError('validation_failed', 'No current case');
  return {
    ...session,
    timer: { ...session.timer, allottedMs: session.timer.allottedMs + minutes * 60_000 },
  };
}

export function raiseHand(
  session: StoredSession,
  who: { userId: string; name: string; institutionCode: string },
  now: Date,
): StoredSession {
  requireLive(session);
  if (session.hands.some((hand) => hand.userId === who.userId)) return session;
  return { ...session, hands: [...session.hands, { ...who, raisedAt: now.toISOString() }] };
}

export function lowerHand(session: StoredSession, userId: string): StoredSession {
  if (!session.hands.some((hand) => hand.userId === userId)) return session;
  return { ...session, hands: session.hands.filter((hand) => hand.userId !== userId) };
}

/**
 * Someone left the board for good (tab closed, grace run out, access withdrawn): their hand
 * comes down and the floor is no longer theirs. A network blip does not get here.
 */
export function participantLeft(session: StoredSession, userId: string): StoredSession {
  const lowered = lowerHand(session, userId);
  if (lowered.speakerId !== userId) return lowered;
  return { ...lowered, speakerId: null };
}

export function callOn(session: StoredSession, userId: string): StoredSession {
  requireLive(session);
  return { ...lowerHand(session, userId), speakerId: userId };
}

export function setCoChair(
  session: StoredSession,
  userId: string,
  isCoChair: boolean,
): StoredSession {
  // Co-chairs may be named in the lobby or during the board, not after it.
  if (session.status === 'ended') throw new DomainError('board_not_live', 'The board has ended');
  const without = session.coChairIds.filter((id) => id !== userId);
  const coChairIds = isCoChair ? [...without, userId] : without;
  if (
    coChairIds.length === session.coChairIds.length &&
    isCoChair === session.coChairIds.includes(userId)
  ) {
    return session;
  }
  return { ...session, coChairIds };
}

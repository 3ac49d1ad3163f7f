import type { PresenceEntry, SessionState } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import {
  acceptSnapshot,
  applyPresenceDelta,
  liveCaseOf,
  nextCaseFor,
  type Presence,
  presenceFromList,
  visibleCaseId,
  withAgendaStatus,
} from './liveState';

const BOARD = 'board-1';

function snapshot(version: number, changes: Partial<SessionState> = {}): SessionState {
  return {
    version,
    boardId: BOARD,
    status: 'live',
    currentCaseId: null,
    isCurrentCaseHidden: false,
    coChairIds: [],
    timer: { caseId: null, state: 'idle', allottedMs: 0, remainingMs: 0 },
    hands: [],
    speakerId: null,
    ...changes,
  };
}

function person(userId: string, status: PresenceEntry['status'] = 'online'): PresenceEntry {
  return {
    userId,
    name: `Person ${userId}`,
    role: 'clinician',
    specialty: null,
    institution: { id: 'inst-b', code: 'CCCC', name: 'Charité' },
    status,
  };
}

describe('session snapshots', () => {
  it('takes the first snapshot and every newer one, with its arrival time', () => {
    const first = acceptSnapshot(null, snapshot(3), 100);
    expect(first).toEqual({ state: snapshot(3), receivedAt: 100 });
    const next = acceptSnapshot(first, snapshot(4, { currentCaseId: 'case-2' }), 250);
    expect(next?.state.currentCaseId).toBe('case-2');
    expect(next?.receivedAt).toBe(250);
  });

  it('drops a snapshot older than the one shown (a late broadcast or an overtaken ack)', () => {
    const shown = acceptSnapshot(null, snapshot(7, { currentCaseId: 'case-3' }), 100);
    expect(acceptSnapshot(shown, snapshot(6, { currentCaseId: 'case-2' }), 200)).toBe(shown);
  });

  it('keeps the shown snapshot (and its arrival time) for a repeat of the same version', () => {
    const shown = acceptSnapshot(null, snapshot(7), 100);
    expect(acceptSnapshot(shown, snapshot(7), 900)).toBe(shown);
  });

  it('takes a repeated version from a join reply, which carries a fresh remaining time', () => {
    const running = { caseId: 'c', state: 'running', allottedMs: 60_000 } as const;
    const shown = acceptSnapshot(
      null,
      snapshot(7, { timer: { ...running, remainingMs: 50_000 } }),
      0,
    );
    const resync = acceptSnapshot(
      shown,
      snapshot(7, { timer: { ...running, remainingMs: 20_000 } }),
      40_000,
      { isResync: true },
    );
    expect(resync?.state.timer.remainingMs).toBe(20_000);
    expect(resync?.receivedAt).toBe(40_000);
  });

  it('does not take an older version even from a join reply', () => {
    const shown = acceptSnapshot(null, snapshot(9), 0);
    expect(acceptSnapshot(shown, snapshot(8), 10, { isResync: true })).toBe(shown);
  });
});

describe('the current case as projected for the viewer', () => {
  const running = { state: 'running', allottedMs: 300_000, remainingMs: 200_000 } as const;
  const visible = snapshot(7, {
    currentCaseId: 'case-berlin',
    timer: { ...running, caseId: 'case-berlin' },
  });
  // What the server re-sends to Seoul when Berlin withdraws consent: nothing else changed.
  const withheld = snapshot(7, {
    currentCaseId: null,
    isCurrentCaseHidden: true,
    timer: { caseId: null, state: 'idle', allottedMs: 0, remainingMs: 0 },
  });

  it('takes a re-sent snapshot of the same version when the case became hidden', () => {
    const shown = acceptSnapshot(null, visible, 100);
    const next = acceptSnapshot(shown, withheld, 200);
    expect(next).not.toBe(shown);
    expect(next?.state.isCurrentCaseHidden).toBe(true);
    expect(next?.state.currentCaseId).toBeNull();
  });

  it('takes it the other way too, when consent is given while the case is on', () => {
    const shown = acceptSnapshot(null, withheld, 100);
    expect(acceptSnapshot(shown, visible, 200)?.state.currentCaseId).toBe('case-berlin');
  });

  it('still drops an older snapshot, whatever its projection', () => {
    const shown = acceptSnapshot(null, snapshot(8, { ...withheld, version: 8 }), 100);
    expect(acceptSnapshot(shown, visible, 200)).toBe(shown);
  });

  it('a hidden case is hidden: no id, whatever the agenda holds', () => {
    const agenda = [{ id: 'case-seoul' }];
    expect(liveCaseOf(withheld, agenda)).toEqual({ kind: 'hidden' });
    expect(visibleCaseId(liveCaseOf(withheld, agenda))).toBeNull();
  });

  it('a current case in the viewer agenda is visible; none chosen is none', () => {
    const agenda = [{ id: 'case-seoul' }, { id: 'case-berlin' }];
    expect(liveCaseOf(visible, agenda)).toEqual({ kind: 'visible', caseId: 'case-berlin' });
    expect(liveCaseOf(snapshot(7), agenda)).toEqual({ kind: 'none' });
    expect(liveCaseOf(null, agenda)).toEqual({ kind: 'none' });
  });

  it('a current case missing from the refetched agenda counts as hidden before the server says so', () => {
    const live = liveCaseOf(visible, [{ id: 'case-seoul' }]);
    expect(live).toEqual({ kind: 'hidden' });
    expect(visibleCaseId(live)).toBeNull();
  });

  it('offers the chair the case after the current one, the first before any, none while hidden', () => {
    const agenda = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(nextCaseFor(agenda, { kind: 'none' })?.id).toBe('a');
    expect(nextCaseFor(agenda, { kind: 'visible', caseId: 'a' })?.id).toBe('b');
    expect(nextCaseFor(agenda, { kind: 'visible', caseId: 'c' })).toBeNull();
    expect(nextCaseFor(agenda, { kind: 'hidden' })).toBeNull();
    expect(nextCaseFor([], { kind: 'none' })).toBeNull();
  });
});

describe('presence deltas', () => {
  const start: Presence = presenceFromList({
    boardId: BOARD,
    version: 4,
    entries: [person('a'), person('b')],
  });

  it('applies the next version in order: joined, changed in place, left', () => {
    let { presence, hasGap } = applyPresenceDelta(start, {
      kind: 'joined',
      version: 5,
      entry: person('c'),
    });
    expect(hasGap).toBe(false);
    ({ presence } = applyPresenceDelta(presence, {
      kind: 'changed',
      version: 6,
      entry: person('a', 'reconnecting'),
    }));
    ({ presence, hasGap } = applyPresenceDelta(presence, {
      kind: 'left',
      version: 7,
      userId: 'b',
    }));
    expect(hasGap).toBe(false);
    expect(presence.version).toBe(7);
    expect(presence.entries.map((entry) => [entry.userId, entry.status])).toEqual([
      ['a', 'reconnecting'],
      ['c', 'online'],
    ]);
  });

  it('ignores a delta the list already covers', () => {
    const result = applyPresenceDelta(start, { kind: 'left', version: 4, userId: 'a' });
    expect(result.presence).toBe(start);
    expect(result.hasGap).toBe(false);
  });

  it('reports a gap and holds the early delta instead of applying it', () => {
    const result = applyPresenceDelta(start, { kind: 'left', version: 6, userId: 'a' });
    expect(result.hasGap).toBe(true);
    expect(result.presence.version).toBe(4);
    expect(result.presence.entries.map((entry) => entry.userId)).toEqual(['a', 'b']);
    expect(result.presence.pending).toHaveLength(1);
  });

  it('applies held deltas once the missing one arrives out of order', () => {
    const held = applyPresenceDelta(start, { kind: 'left', version: 6, userId: 'a' }).presence;
    const filled = applyPresenceDelta(held, { kind: 'joined', version: 5, entry: person('c') });
    expect(filled.hasGap).toBe(false);
    expect(filled.presence.version).toBe(6);
    expect(filled.presence.pending).toEqual([]);
    expect(filled.presence.entries.map((entry) => entry.userId)).toEqual(['b', 'c']);
  });

  it('a sync replaces the list and keeps only held deltas newer than it', () => {
    let presence = applyPresenceDelta(start, {
      kind: 'joined',
      version: 6,
      entry: person('c'),
    }).presence;
    presence = applyPresenceDelta(presence, { kind: 'left', version: 8, userId: 'b' }).presence;
    const synced = presenceFromList(
      { boardId: BOARD, version: 7, entries: [person('a'), person('b'), person('c')] },
      presence.pending,
    );
    expect(synced.version).toBe(8);
    expect(synced.pending).toEqual([]);
    expect(synced.entries.map((entry) => entry.userId)).toEqual(['a', 'c']);
  });

  it('a join after a server restart replaces the list even at a lower version', () => {
    const restarted = presenceFromList({ boardId: BOARD, version: 1, entries: [person('z')] });
    expect(restarted).toEqual({ version: 1, entries: [person('z')], pending: [] });
  });
});

describe('the status on the live case card', () => {
  const card = { id: 'case-1', pseudonym: 'LU-7', version: 3, status: 'ready' as const };

  it('follows the agenda at once when the agenda has a newer version (the case was decided)', () => {
    const shown = withAgendaStatus(card, { version: 4, status: 'decided' });
    expect(shown).toEqual({ ...card, status: 'decided' });
    // Reopened after that: the agenda's next version says so.
    expect(withAgendaStatus(card, { version: 5, status: 'ready' }).status).toBe('ready');
  });

  it('keeps the card’s own status when the agenda is no newer, or lacks the case', () => {
    // An agenda fetched before the card (the card was reloaded since) knows less.
    expect(withAgendaStatus(card, { version: 2, status: 'submitted' })).toBe(card);
    expect(withAgendaStatus(card, { version: 3, status: 'ready' })).toBe(card);
    expect(withAgendaStatus(card, undefined)).toBe(card);
  });
});

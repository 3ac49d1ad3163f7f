import { describe, expect, it } from 'vitest';
import { commandLabel, commandStatus, needsNotice } from './commandLabels';
import {
  type CommandQueue,
  EMPTY_QUEUE,
  expire,
  giveCommand,
  markSent,
  settle,
} from './commandQueue';

const BOARD = { boardId: 'board-1' };
const names = {
  person: (userId: string) => (userId === 'u2' ? 'Dr. 김민준' : '?'),
  caseName: (caseId: string) => (caseId === 'c1' ? 'LC-2026-0042' : '?'),
};

function onlyEntry(queue: CommandQueue) {
  const [entry] = queue.commands;
  if (!entry) throw new Error('no entry');
  return entry;
}

describe('what a command is called', () => {
  it('names the person and the case it is about', () => {
    expect(commandLabel({ event: 'hand:raise', payload: BOARD }, names)).toEqual({
      action: 'raiseHand',
      values: {},
    });
    expect(commandLabel({ event: 'hand:lower', payload: BOARD }, names).action).toBe(
      'lowerOwnHand',
    );
    expect(
      commandLabel({ event: 'hand:lower', payload: { ...BOARD, userId: 'u2' } }, names),
    ).toEqual({ action: 'lowerHand', values: { name: 'Dr. 김민준' } });
    expect(
      commandLabel({ event: 'session:setCase', payload: { ...BOARD, caseId: 'c1' } }, names),
    ).toEqual({ action: 'setCase', values: { case: 'LC-2026-0042' } });
    expect(
      commandLabel(
        { event: 'session:setCoChair', payload: { ...BOARD, userId: 'u2', isCoChair: false } },
        names,
      ).action,
    ).toBe('removeCoChair');
    expect(
      commandLabel({ event: 'timer:extend', payload: { ...BOARD, minutes: 5 } }, names),
    ).toEqual({ action: 'extendTimer', values: { minutes: 5 } });
  });
});

describe('what a command is doing', () => {
  const given = giveCommand(EMPTY_QUEUE, { event: 'hand:raise', payload: BOARD }, 0);
  const { id } = onlyEntry(given);

  it('is held while commands cannot go out, and sending once they can', () => {
    expect(commandStatus(onlyEntry(given), false)).toEqual({ kind: 'held' });
    expect(commandStatus(onlyEntry(given), true)).toEqual({ kind: 'sending' });
    expect(commandStatus(onlyEntry(markSent(given, id)), false)).toEqual({ kind: 'sending' });
  });

  it('gets a notice when held or failed, not while simply on its way', () => {
    expect(needsNotice({ kind: 'held' })).toBe(true);
    expect(needsNotice({ kind: 'failed', reason: 'not_delivered' })).toBe(true);
    expect(needsNotice({ kind: 'refused', errorId: 'forbidden' })).toBe(true);
    expect(needsNotice({ kind: 'sending' })).toBe(false);
  });

  it('says why it failed: no connection, unknown outcome, or the server said no', () => {
    expect(commandStatus(onlyEntry(expire(given, 60_000)), true)).toEqual({
      kind: 'failed',
      reason: 'not_delivered',
    });
    const refused = settle(markSent(given, id), id, { kind: 'refused', errorId: 'forbidden' });
    expect(commandStatus(onlyEntry(refused), true)).toEqual({
      kind: 'refused',
      errorId: 'forbidden',
    });
    const extend = giveCommand(
      EMPTY_QUEUE,
      { event: 'timer:extend', payload: { ...BOARD, minutes: 1 } },
      0,
    );
    const extendId = onlyEntry(extend).id;
    const lost = settle(markSent(extend, extendId), extendId, { kind: 'lost' });
    expect(commandStatus(onlyEntry(lost), true)).toEqual({
      kind: 'failed',
      reason: 'outcome_unknown',
    });
  });
});

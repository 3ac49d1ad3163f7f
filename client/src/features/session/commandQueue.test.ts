import { describe, expect, it } from 'vitest';
import {
  COMMAND_GIVE_UP_MS,
  type CommandQueue,
  commandsToSend,
  dismiss,
  EMPTY_QUEUE,
  expire,
  expireDue,
  giveCommand,
  isSlotPending,
  type LiveCommand,
  markSent,
  nextDeadline,
  retry,
  settle,
  slotOf,
} from './commandQueue';

const BOARD = { boardId: 'board-1' };
const RAISE: LiveCommand = { event: 'hand:raise', payload: BOARD };
const LOWER_OWN: LiveCommand = { event: 'hand:lower', payload: BOARD };
const EXTEND: LiveCommand = { event: 'timer:extend', payload: { ...BOARD, minutes: 1 } };

/** The ids of what would go out now. */
const outgoing = (queue: CommandQueue) => commandsToSend(queue).map((entry) => entry.id);

function onlyEntry(queue: CommandQueue) {
  expect(queue.commands).toHaveLength(1);
  const [entry] = queue.commands;
  if (!entry) throw new Error('no entry');
  return entry;
}

describe('a command given while disconnected', () => {
  it('waits, goes out once the board is joined again, and is gone when acknowledged', () => {
    const given = giveCommand(EMPTY_QUEUE, RAISE, 1_000);
    const entry = onlyEntry(given);
    expect(entry).toMatchObject({ phase: 'waiting', slot: 'hand:own', failure: null });
    expect(isSlotPending(given, 'hand:own')).toBe(true);

    // Reconnected and joined: the page sends what waits, then nothing waits any more.
    const sent = markSent(given, entry.id);
    expect(outgoing(given)).toEqual([entry.id]);
    expect(outgoing(sent)).toEqual([]);
    expect(onlyEntry(sent).phase).toBe('sent');

    const done = settle(sent, entry.id, { kind: 'done' });
    expect(done.commands).toEqual([]);
    expect(isSlotPending(done, 'hand:own')).toBe(false);
  });

  it('is given once however often the button is pressed', () => {
    let queue = giveCommand(EMPTY_QUEUE, RAISE, 1_000);
    queue = giveCommand(queue, RAISE, 2_000);
    expect(onlyEntry(queue).givenAt).toBe(1_000);
    // Not even while the first one is on its way.
    queue = markSent(queue, onlyEntry(queue).id);
    expect(giveCommand(queue, RAISE, 3_000)).toBe(queue);
  });

  it('is replaced by a later change of mind for the same thing (raise, then lower)', () => {
    let queue = giveCommand(EMPTY_QUEUE, RAISE, 1_000);
    queue = giveCommand(queue, LOWER_OWN, 2_000);
    expect(onlyEntry(queue).command).toEqual(LOWER_OWN);
  });

  it('leaves commands for other things alone', () => {
    let queue = giveCommand(EMPTY_QUEUE, RAISE, 1_000);
    queue = giveCommand(queue, { event: 'timer:start', payload: BOARD }, 1_100);
    queue = giveCommand(
      queue,
      { event: 'hand:callOn', payload: { ...BOARD, userId: 'u2' } },
      1_200,
    );
    expect(queue.commands.map((entry) => entry.slot)).toEqual(['hand:own', 'timer', 'hand:u2']);
    expect(outgoing(queue)).toHaveLength(3);
  });

  it('can be cancelled before it is sent, but not once it is on its way', () => {
    const queue = giveCommand(EMPTY_QUEUE, RAISE, 1_000);
    const { id } = onlyEntry(queue);
    expect(dismiss(queue, id).commands).toEqual([]);
    const sent = markSent(queue, id);
    expect(dismiss(sent, id)).toBe(sent);
  });
});

describe('a command written to a connection that was already dead', () => {
  it('is sent again after the reconnect when a repeat is harmless, and only once', () => {
    let queue = giveCommand(EMPTY_QUEUE, RAISE, 1_000);
    const { id } = onlyEntry(queue);
    queue = markSent(queue, id);
    // The heartbeat notices the dead connection; socket.io fails the pending acknowledgement.
    queue = settle(queue, id, { kind: 'lost' });
    expect(onlyEntry(queue)).toMatchObject({ id, phase: 'waiting', givenAt: 1_000 });
    expect(outgoing(queue)).toEqual([id]);
    queue = markSent(queue, id);
    expect(outgoing(queue)).toEqual([]);
    expect(settle(queue, id, { kind: 'done' }).commands).toEqual([]);
  });

  it('is shown failed, never repeated, when a repeat would add again (minutes)', () => {
    let queue = giveCommand(EMPTY_QUEUE, EXTEND, 1_000);
    const { id } = onlyEntry(queue);
    queue = settle(markSent(queue, id), id, { kind: 'lost' });
    expect(onlyEntry(queue)).toMatchObject({ phase: 'failed', failure: 'outcome_unknown' });
    expect(outgoing(queue)).toEqual([]);
  });

  it('a minute extension waits for the one before it instead of queueing a second', () => {
    const queue = giveCommand(EMPTY_QUEUE, EXTEND, 1_000);
    const five: LiveCommand = { event: 'timer:extend', payload: { ...BOARD, minutes: 5 } };
    expect(giveCommand(queue, five, 1_500)).toBe(queue);
  });
});

describe('giving up after the bound', () => {
  const given = giveCommand(EMPTY_QUEUE, RAISE, 1_000);
  const { id } = onlyEntry(given);

  it('fails a command still waiting when the bound has passed, not before', () => {
    expect(expire(given, 1_000 + COMMAND_GIVE_UP_MS - 1)).toBe(given);
    const expired = expire(given, 1_000 + COMMAND_GIVE_UP_MS);
    expect(onlyEntry(expired)).toMatchObject({ phase: 'failed', failure: 'not_delivered' });
    expect(outgoing(expired)).toEqual([]);
    expect(isSlotPending(expired, 'hand:own')).toBe(false);
  });

  it('also fails one still on its way; a late acknowledgement then clears it', () => {
    const expired = expire(markSent(given, id), 1_000 + COMMAND_GIVE_UP_MS);
    expect(onlyEntry(expired).phase).toBe('failed');
    // A lost reply after giving up does not bring it back.
    expect(settle(expired, id, { kind: 'lost' })).toBe(expired);
    expect(settle(expired, id, { kind: 'done' }).commands).toEqual([]);
  });

  it('names the next deadline of the open commands only', () => {
    expect(nextDeadline(EMPTY_QUEUE)).toBeNull();
    const two = giveCommand(given, { event: 'timer:start', payload: BOARD }, 5_000);
    expect(nextDeadline(two)).toBe(1_000 + COMMAND_GIVE_UP_MS);
    const firstFailed = expire(two, 1_000 + COMMAND_GIVE_UP_MS);
    expect(nextDeadline(firstFailed)).toBe(5_000 + COMMAND_GIVE_UP_MS);
  });

  it('gives up when the timer for the deadline fires a fraction of a millisecond early', () => {
    // Seen in a loaded browser: the command stayed "held" for good, because the timer's
    // whole-millisecond delay ended 0.3 ms before the deadline by performance.now().
    const deadline = nextDeadline(given);
    expect(deadline).toBe(1_000 + COMMAND_GIVE_UP_MS);
    if (deadline === null) return;
    const expired = expireDue(given, deadline, deadline - 0.3);
    expect(onlyEntry(expired)).toMatchObject({ phase: 'failed', failure: 'not_delivered' });
  });

  it('gives up only the commands due at that deadline, not a later one', () => {
    const two = giveCommand(given, { event: 'timer:start', payload: BOARD }, 5_000);
    const firstDue = expireDue(two, 1_000 + COMMAND_GIVE_UP_MS, 1_000 + COMMAND_GIVE_UP_MS - 0.3);
    expect(firstDue.commands.map((entry) => entry.phase)).toEqual(['failed', 'waiting']);
    expect(nextDeadline(firstDue)).toBe(5_000 + COMMAND_GIVE_UP_MS);
  });

  it('a retry sends it again with a fresh bound', () => {
    const expired = expire(given, 1_000 + COMMAND_GIVE_UP_MS);
    const retried = retry(expired, id, 40_000);
    expect(onlyEntry(retried)).toMatchObject({ phase: 'waiting', givenAt: 40_000, failure: null });
    expect(outgoing(retried)).toEqual([id]);
    // Only failed commands can be retried.
    expect(retry(given, id, 50_000)).toBe(given);
  });
});

describe('a refusal by the server', () => {
  it('shows the command failed with the error id, and does not send it again by itself', () => {
    let queue = giveCommand(EMPTY_QUEUE, { event: 'board:end', payload: BOARD }, 1_000);
    const { id } = onlyEntry(queue);
    queue = settle(markSent(queue, id), id, { kind: 'refused', errorId: 'forbidden' });
    expect(onlyEntry(queue)).toMatchObject({ phase: 'failed', failure: 'forbidden' });
    expect(outgoing(queue)).toEqual([]);
    expect(nextDeadline(queue)).toBeNull();
    // Giving the same command again replaces the failure with a fresh attempt.
    const again = giveCommand(queue, { event: 'board:end', payload: BOARD }, 2_000);
    expect(onlyEntry(again)).toMatchObject({ phase: 'waiting', failure: null });
  });
});

describe('slots', () => {
  it('groups commands that set the same thing', () => {
    expect(slotOf(RAISE)).toBe(slotOf(LOWER_OWN));
    expect(slotOf({ event: 'timer:start', payload: BOARD })).toBe(
      slotOf({ event: 'timer:pause', payload: BOARD }),
    );
    expect(slotOf({ event: 'board:start', payload: BOARD })).toBe(
      slotOf({ event: 'board:end', payload: BOARD }),
    );
    // A chair lowering someone's hand or calling on them acts on that person's hand.
    expect(slotOf({ event: 'hand:lower', payload: { ...BOARD, userId: 'u2' } })).toBe(
      slotOf({ event: 'hand:callOn', payload: { ...BOARD, userId: 'u2' } }),
    );
    expect(slotOf({ event: 'hand:lower', payload: { ...BOARD, userId: 'u2' } })).not.toBe(
      slotOf(LOWER_OWN),
    );
    expect(
      slotOf({ event: 'session:setCoChair', payload: { ...BOARD, userId: 'u2', isCoChair: true } }),
    ).not.toBe(
      slotOf({ event: 'session:setCoChair', payload: { ...BOARD, userId: 'u3', isCoChair: true } }),
    );
  });
});

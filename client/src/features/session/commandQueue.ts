import type { ClientToServerEvents } from '@konsil/shared';

/** Commands that answer with the whole session snapshot. */
export type SessionCommand =
  | 'board:start'
  | 'board:end'
  | 'session:setCase'
  | 'session:setCoChair'
  | 'timer:start'
  | 'timer:pause'
  | 'timer:extend'
  | 'hand:raise'
  | 'hand:lower'
  | 'hand:callOn';

/** One command with its payload, typed together so they cannot be mixed up. */
export type LiveCommand = {
  [E in SessionCommand]: { event: E; payload: Parameters<ClientToServerEvents[E]>[0] };
}[SessionCommand];

/**
 * How long a command may take from the click to its acknowledgement, reconnects included. Past
 * this it is shown as failed with a retry: a hand raised a minute late is worse than a clear "no".
 */
export const COMMAND_GIVE_UP_MS = 30_000;

/**
 * - `waiting`: not on its way; it goes out as soon as the board is joined on a live connection.
 * - `sent`: written to the socket, its acknowledgement not yet back.
 * - `failed`: refused by the server, given up after COMMAND_GIVE_UP_MS, or lost in a way that
 *   makes sending it again unsafe; shown with a retry until dismissed.
 */
export type CommandPhase = 'waiting' | 'sent' | 'failed';

/** Why a command failed: a server error id, or one of the two ways the connection loses it. */
export type CommandFailure = string | 'not_delivered' | 'outcome_unknown';

export interface PendingCommand {
  id: number;
  command: LiveCommand;
  /** Commands in one slot set the same thing (my hand, the timer, the case): the last one wins. */
  slot: string;
  phase: CommandPhase;
  /** Monotonic time the person gave it (or retried it): the give-up bound counts from here. */
  givenAt: number;
  failure: CommandFailure | null;
}

export interface CommandQueue {
  nextId: number;
  commands: PendingCommand[];
}

export const EMPTY_QUEUE: CommandQueue = { nextId: 1, commands: [] };

/**
 * Which commands overwrite one another. Each live command sets a state (hand up, timer running,
 * this case current), so only the latest intent per slot needs to reach the server.
 */
export function slotOf(command: LiveCommand): string {
  switch (command.event) {
    case 'board:start':
    case 'board:end':
      return 'board';
    case 'session:setCase':
      return 'case';
    case 'session:setCoChair':
      return `coChair:${command.payload.userId}`;
    case 'timer:start':
    case 'timer:pause':
      return 'timer';
    case 'timer:extend':
      return 'timer:extend';
    case 'hand:raise':
      return 'hand:own';
    case 'hand:lower':
      return command.payload.userId ? `hand:${command.payload.userId}` : 'hand:own';
    case 'hand:callOn':
      return `hand:${command.payload.userId}`;
  }
}

/**
 * Whether the server may receive this command twice. Every live command sets a state, so a repeat
 * changes nothing (raising a hand twice is one hand) — except adding minutes, which adds again.
 */
export function isRepeatable(command: LiveCommand): boolean {
  return command.event !== 'timer:extend';
}

function sameCommand(a: LiveCommand, b: LiveCommand): boolean {
  return a.event === b.event && JSON.stringify(a.payload) === JSON.stringify(b.payload);
}

/**
 * Adds a command the person just gave. The same command still on its way is not added again; an
 * earlier, different command for the same slot is replaced (a reply it may still get only shows
 * state). A minute extension waits for the one before it: adding minutes is not a state to set.
 */
export function giveCommand(queue: CommandQueue, command: LiveCommand, now: number): CommandQueue {
  const slot = slotOf(command);
  const open = queue.commands.filter((entry) => entry.slot === slot && entry.phase !== 'failed');
  if (open.some((entry) => sameCommand(entry.command, command))) return queue;
  if (!isRepeatable(command) && open.length > 0) return queue;
  const entry: PendingCommand = {
    id: queue.nextId,
    command,
    slot,
    phase: 'waiting',
    givenAt: now,
    failure: null,
  };
  const kept = queue.commands.filter((other) => other.slot !== slot);
  return { nextId: queue.nextId + 1, commands: [...kept, entry] };
}

/** Commands to send now, oldest first (only while the board is joined on a live connection). */
export function commandsToSend(queue: CommandQueue): PendingCommand[] {
  return queue.commands.filter((entry) => entry.phase === 'waiting');
}

function change(
  queue: CommandQueue,
  id: number,
  update: (entry: PendingCommand) => PendingCommand | null,
): CommandQueue {
  const commands: PendingCommand[] = [];
  let isChanged = false;
  for (const entry of queue.commands) {
    if (entry.id !== id) {
      commands.push(entry);
      continue;
    }
    const next = update(entry);
    isChanged = isChanged || next !== entry;
    if (next) commands.push(next);
  }
  return isChanged ? { ...queue, commands } : queue;
}

export function markSent(queue: CommandQueue, id: number): CommandQueue {
  return change(queue, id, (entry) =>
    entry.phase === 'waiting' ? { ...entry, phase: 'sent' } : entry,
  );
}

/**
 * How one attempt ended: acknowledged (done or refused by the server), or lost — no reply in
 * time, or the connection dropped first — when nobody can know whether the server got it.
 */
export type AttemptOutcome =
  | { kind: 'done' }
  | { kind: 'refused'; errorId: string }
  | { kind: 'lost' };

/**
 * Records how an attempt ended. Done removes the command, a refusal shows it failed. A lost
 * command waits to be sent again after the reconnect if a repeat is harmless; otherwise it is
 * shown failed, since it may or may not have been applied.
 */
export function settle(queue: CommandQueue, id: number, outcome: AttemptOutcome): CommandQueue {
  return change(queue, id, (entry) => {
    if (outcome.kind === 'done') return null;
    if (outcome.kind === 'refused') return { ...entry, phase: 'failed', failure: outcome.errorId };
    // A lost reply of a command already given up stays given up.
    if (entry.phase !== 'sent') return entry;
    if (isRepeatable(entry.command)) return { ...entry, phase: 'waiting' };
    return { ...entry, phase: 'failed', failure: 'outcome_unknown' };
  });
}

/**
 * Gives up every command older than the bound. One still on its way may yet be acknowledged;
 * `settle` then removes it, and the page shows the state its reply carries.
 */
export function expire(
  queue: CommandQueue,
  now: number,
  boundMs: number = COMMAND_GIVE_UP_MS,
): CommandQueue {
  let next = queue;
  for (const entry of queue.commands) {
    if (entry.phase !== 'failed' && now - entry.givenAt >= boundMs) {
      next = change(next, entry.id, (old) => ({
        ...old,
        phase: 'failed',
        failure: 'not_delivered',
      }));
    }
  }
  return next;
}

/**
 * Gives up the commands due at `deadline`, when the timer set for it fires. The timer may fire a
 * fraction of a millisecond before the deadline by the page's clock (timers take whole
 * milliseconds, `performance.now()` does not); counting that as "not yet" would leave the command
 * held for good, since nothing else re-arms the timer. So the time is at least the deadline.
 */
export function expireDue(queue: CommandQueue, deadline: number, firedAt: number): CommandQueue {
  return expire(queue, Math.max(deadline, firedAt));
}

/** When the next command runs out of time, or null when none is waiting or on its way. */
export function nextDeadline(
  queue: CommandQueue,
  boundMs: number = COMMAND_GIVE_UP_MS,
): number | null {
  const open = queue.commands.filter((entry) => entry.phase !== 'failed');
  if (open.length === 0) return null;
  return Math.min(...open.map((entry) => entry.givenAt + boundMs));
}

/** The person asks again: a failed command waits to be sent, with a fresh bound. */
export function retry(queue: CommandQueue, id: number, now: number): CommandQueue {
  return change(queue, id, (entry) =>
    entry.phase === 'failed' ? { ...entry, phase: 'waiting', givenAt: now, failure: null } : entry,
  );
}

/** The person lets go of a failed command, or cancels one not yet sent (a sent one cannot be). */
export function dismiss(queue: CommandQueue, id: number): CommandQueue {
  return change(queue, id, (entry) => (entry.phase === 'sent' ? entry : null));
}

/** A command of this slot is waiting or on its way (its control shows it as pending). */
export function isSlotPending(queue: CommandQueue, slot: string): boolean {
  return queue.commands.some((entry) => entry.slot === slot && entry.phase !== 'failed');
}

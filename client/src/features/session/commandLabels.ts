import type { CommandFailure, LiveCommand, PendingCommand } from './commandQueue';

/** The person's action behind a command, as the page names it (`live.commands.*.<action>`). */
export type CommandAction =
  | 'raiseHand'
  | 'lowerOwnHand'
  | 'lowerHand'
  | 'callOn'
  | 'startBoard'
  | 'endBoard'
  | 'setCase'
  | 'appointCoChair'
  | 'removeCoChair'
  | 'startTimer'
  | 'pauseTimer'
  | 'extendTimer';

export interface CommandLabel {
  action: CommandAction;
  /** Placeholders of its texts: a person's name, a case's pseudonym, minutes. */
  values: Record<string, string | number>;
}

interface Names {
  person: (userId: string) => string;
  /** A case of the viewer's agenda by id (commands only name cases the viewer can see). */
  caseName: (caseId: string) => string;
}

/** What to call a command on the page, with the names it mentions. */
export function commandLabel(command: LiveCommand, names: Names): CommandLabel {
  switch (command.event) {
    case 'hand:raise':
      return { action: 'raiseHand', values: {} };
    case 'hand:lower':
      return command.payload.userId
        ? { action: 'lowerHand', values: { name: names.person(command.payload.userId) } }
        : { action: 'lowerOwnHand', values: {} };
    case 'hand:callOn':
      return { action: 'callOn', values: { name: names.person(command.payload.userId) } };
    case 'board:start':
      return { action: 'startBoard', values: {} };
    case 'board:end':
      return { action: 'endBoard', values: {} };
    case 'session:setCase':
      return { action: 'setCase', values: { case: names.caseName(command.payload.caseId) } };
    case 'session:setCoChair':
      return {
        action: command.payload.isCoChair ? 'appointCoChair' : 'removeCoChair',
        values: { name: names.person(command.payload.userId) },
      };
    case 'timer:start':
      return { action: 'startTimer', values: {} };
    case 'timer:pause':
      return { action: 'pauseTimer', values: {} };
    case 'timer:extend':
      return { action: 'extendTimer', values: { minutes: command.payload.minutes } };
  }
}

/**
 * Which line explains a command's state: on its way, held until the connection is back, or why
 * it failed (a server refusal is explained by its error id).
 */
export type CommandStatus =
  | { kind: 'sending' }
  | { kind: 'held' }
  | { kind: 'failed'; reason: 'not_delivered' | 'outcome_unknown' }
  | { kind: 'refused'; errorId: string };

function failureStatus(failure: CommandFailure | null): CommandStatus {
  if (failure === 'not_delivered' || failure === 'outcome_unknown') {
    return { kind: 'failed', reason: failure };
  }
  return { kind: 'refused', errorId: failure ?? 'unknown' };
}

/** A command's state as the person should read it, given whether commands can go out now. */
export function commandStatus(entry: PendingCommand, canSend: boolean): CommandStatus {
  if (entry.phase === 'failed') return failureStatus(entry.failure);
  if (entry.phase === 'sent') return { kind: 'sending' };
  return canSend ? { kind: 'sending' } : { kind: 'held' };
}

/**
 * Whether a command earns a line of its own above the page. One on its way over a live connection
 * is answered in moments, and its control already shows it pending; a line for it would only
 * flash and shift the page on every click.
 */
export function needsNotice(status: CommandStatus): boolean {
  return status.kind !== 'sending';
}

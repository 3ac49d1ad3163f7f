import {
  BoardRefSchema,
  CallOnInputSchema,
  ExtendTimerInputSchema,
  HandTargetInputSchema,
  isEarlyStart,
  SetCaseInputSchema,
  SetCoChairInputSchema,
  StartBoardInputSchema,
} from '@konsil/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { DomainError } from '../../errors/domainError';
import type { LiveCommand } from '../../live/runCommand';
import * as transitions from '../../live/sessionState';
import { actorOf } from '../../policies/actor';
import { can } from '../../policies/can';
import { caseScopeOf } from '../../policies/scopes';
import type { BoardRecord } from '../../storage/repositories/boards';
import { findCase, listCasesOfBoard } from '../../storage/repositories/cases';
import type { UserRecord } from '../../storage/repositories/users';

/** One live command: its payload schema and how it changes the session. */
export interface CommandSpec<S extends z.ZodType> {
  schema: S;
  build: (payload: z.infer<S>, user: UserRecord, ctx: AppContext) => LiveCommand;
}

function spec<S extends z.ZodType>(schema: S, build: CommandSpec<S>['build']): CommandSpec<S> {
  return { schema, build };
}

/**
 * Where a board starts: the first case on the agenda that the chair who starts it may read
 * (a chair of the other institution does not open the board on a case they cannot see).
 */
async function firstCaseFor(ctx: AppContext, board: BoardRecord, user: UserRecord) {
  const actor = actorOf(user);
  const cases = await listCasesOfBoard(ctx.db, board.id);
  // Listed in agenda order.
  const first = cases.find((item) => can(actor, 'case:read', caseScopeOf(board, item)));
  return first ? { id: first.id, allottedMinutes: first.allottedMinutes } : null;
}

/** A case the chair may read, on this board; otherwise `not_found`, as for no case at all. */
async function readableCaseFor(
  ctx: AppContext,
  board: BoardRecord,
  user: UserRecord,
  caseId: string,
) {
  const item = await findCase(ctx.db, board.id, caseId);
  if (!item || !can(actorOf(user), 'case:read', caseScopeOf(board, item))) {
    throw new DomainError('not_found', 'No such case on this board');
  }
  return { id: item.id, allottedMinutes: item.allottedMinutes };
}

export const LIVE_COMMANDS = {
  'board:start': spec(StartBoardInputSchema, (payload, user, ctx) => ({
    permission: 'session:chair',
    apply: async (session, board, now) => {
      // Checked against the server's clock: a chair's wrong clock cannot skip the question.
      if (
        session.status === 'scheduled' &&
        !payload.confirmEarly &&
        isEarlyStart(board.startsAt, now)
      ) {
        throw new DomainError('early_start_unconfirmed');
      }
      return transitions.start(session, await firstCaseFor(ctx, board, user));
    },
  })),
  'board:end': spec(BoardRefSchema, () => ({
    permission: 'session:chair',
    apply: (session, _board, now) => transitions.end(session, now),
  })),
  'session:setCase': spec(SetCaseInputSchema, (payload, user, ctx) => ({
    permission: 'session:chair',
    apply: async (session, board) =>
      transitions.setCase(session, await readableCaseFor(ctx, board, user, payload.caseId)),
  })),
  'session:setCoChair': spec(SetCoChairInputSchema, (payload) => ({
    permission: 'session:appoint',
    apply: (session, board) => {
      const participant = board.participants.find((entry) => entry.id === payload.userId);
      // Observers watch; a co-chair must be an invited clinician or coordinator.
      if (
        payload.isCoChair &&
        (!participant || participant.role === 'observer' || participant.role === 'admin')
      ) {
        throw new DomainError(
          'validation_failed',
          'Co-chairs must be invited clinicians or coordinators',
        );
      }
      return transitions.setCoChair(session, payload.userId, payload.isCoChair);
    },
  })),
  'timer:start': spec(BoardRefSchema, () => ({
    permission: 'session:chair',
    apply: (session, _board, now) => transitions.startTimer(session, now),
  })),
  'timer:pause': spec(BoardRefSchema, () => ({
    permission: 'session:chair',
    apply: (session, _board, now) => transitions.pauseTimer(session, now),
  })),
  'timer:extend': spec(ExtendTimerInputSchema, (payload) => ({
    permission: 'session:chair',
    apply: (session) => transitions.extendTimer(session, payload.minutes),
  })),
  'hand:raise': spec(BoardRefSchema, (_payload, user) => ({
    permission: 'session:raiseHand',
    apply: (session, _board, now) =>
      transitions.raiseHand(
        session,
        { userId: user.id, name: user.name, institutionCode: user.institution.code },
        now,
      ),
  })),
  // Lowering one's own hand needs a hand to raise; lowering someone else's needs the chair.
  'hand:lower': spec(HandTargetInputSchema, (payload, user) => {
    const target = payload.userId ?? user.id;
    return {
      permission: target === user.id ? 'session:raiseHand' : 'session:chair',
      apply: (session) => transitions.lowerHand(session, target),
    };
  }),
  'hand:callOn': spec(CallOnInputSchema, (payload) => ({
    permission: 'session:chair',
    apply: (session, board) => {
      const hasHand = session.hands.some((hand) => hand.userId === payload.userId);
      if (!hasHand && !board.participantIds.includes(payload.userId)) {
        throw new DomainError('validation_failed', 'Only participants can be called on');
      }
      return transitions.callOn(session, payload.userId);
    },
  })),
} as const;

export type LiveCommandName = keyof typeof LIVE_COMMANDS;

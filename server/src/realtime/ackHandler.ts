import { type Ack, ERROR_MESSAGES, LIMITS } from '@konsil/shared';
import type { AppContext } from '../context';
import { expectedApiErrorOf } from '../errors/domainError';
import type { UserRecord } from '../storage/repositories/users';
import type { KonsilSocket } from './rooms';

type Work<R> = (payload: unknown, user: UserRecord) => Promise<R>;

/**
 * Registers socket handlers that always answer with one Ack shape and never throw: a socket that
 * floods commands gets `rate_limited`, a bad payload `validation_failed`, a refusal its id, and
 * anything unexpected `internal_error` (logged without the payload).
 */
export function ackHandler(
  ctx: AppContext,
  socket: KonsilSocket,
  currentUser: () => Promise<UserRecord>,
): <R>(event: string, work: Work<R>) => void {
  let windowStart = 0;
  let commandsInWindow = 0;
  const isOverLimit = () => {
    const now = Date.now();
    if (now - windowStart >= LIMITS.realtime.commandWindowMs) {
      windowStart = now;
      commandsInWindow = 0;
    }
    commandsInWindow += 1;
    return commandsInWindow > LIMITS.realtime.commandsPerWindow;
  };

  return <R>(event: string, work: Work<R>) => {
    socket.on(
      event as never,
      (async (first: unknown, second: unknown) => {
        // A command sent with an ack but no payload puts the ack first.
        const [payload, ack] = typeof first === 'function' ? [undefined, first] : [first, second];
        const reply = (response: Ack<R>) => {
          if (typeof ack === 'function') ack(response);
        };
        if (isOverLimit()) {
          reply({ ok: false, error: { id: 'rate_limited', message: ERROR_MESSAGES.rate_limited } });
          return;
        }
        try {
          reply({ ok: true, data: await work(payload, await currentUser()) });
        } catch (error) {
          const expected = expectedApiErrorOf(error);
          if (expected) {
            reply({ ok: false, error: expected });
            return;
          }
          ctx.logger.error(
            { event, err: { name: (error as Error).name, stack: (error as Error).stack } },
            'live command failed',
          );
          reply({
            ok: false,
            error: { id: 'internal_error', message: ERROR_MESSAGES.internal_error },
          });
        }
      }) as never,
    );
  };
}

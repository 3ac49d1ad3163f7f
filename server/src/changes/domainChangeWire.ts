import { PresenceEntrySchema } from '@konsil/shared';
import { z } from 'zod';
import type { DomainChange } from './domainChange';

const id = z.string().min(1).max(200);

const PresenceDeltaSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum(['joined', 'changed']),
    version: z.number().int(),
    entry: PresenceEntrySchema,
  }),
  z.object({ kind: z.literal('left'), version: z.number().int(), userId: id }),
]);

const SessionEndTargetSchema = z.union([
  z.object({ sessionId: id }).strict(),
  z.object({ userId: id }).strict(),
]);

/**
 * A domain change as another instance published it. Our own instances write these, but a change
 * read from Redis is still input: one that does not parse is dropped and logged, never acted on.
 */
const DomainChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('board.access'),
    boardId: id,
    cause: z.enum([
      'participants',
      'case_edited',
      'case_closed',
      'board_started',
      'board_ended',
      'minutes_signed',
    ]),
  }),
  z.object({ kind: z.literal('user.access'), userId: id, reason: z.literal('role_changed') }),
  z.object({
    kind: z.literal('session.ended'),
    target: SessionEndTargetSchema,
    reason: z.enum(['logout', 'deactivated', 'expired', 'password_changed']),
    exceptSessionId: id.optional(),
  }),
  z.object({ kind: z.literal('session.rotated'), fromSessionId: id, toSessionId: id }),
  z.object({ kind: z.literal('live.state'), boardId: id }),
  z.object({
    kind: z.literal('live.presence'),
    boardId: id,
    delta: PresenceDeltaSchema,
    exceptSocketId: id.optional(),
  }),
  z.object({ kind: z.literal('live.agenda'), boardId: id }),
  z.object({ kind: z.literal('live.decision'), boardId: id, caseId: id }),
]);

// A change kind added to DomainChange but not here fails to compile.
type Parsed = z.infer<typeof DomainChangeSchema>;
const _everyKindParses: [DomainChange['kind']] extends [Parsed['kind']] ? true : never = true;
void _everyKindParses;

export function parseDomainChange(value: unknown): DomainChange | null {
  const parsed = DomainChangeSchema.safeParse(value);
  return parsed.success ? (parsed.data as DomainChange) : null;
}

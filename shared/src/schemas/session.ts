import { z } from 'zod';
import { ROLES, SPECIALTIES } from '../roles';
import { BoardStatusSchema } from './board';
import { IdSchema, InstantSchema } from './common';

/**
 * The live board: one authoritative, versioned snapshot per board, held in
 * the database and broadcast whole after every change. Presence travels
 * separately (see PresenceEntry) so the snapshot stays small.
 */
export const TIMER_STATES = ['idle', 'running', 'paused'] as const;

export const TimerSchema = z.object({
  caseId: IdSchema.nullable(),
  state: z.enum(TIMER_STATES),
  /** Time budget for the current case including extensions. */
  allottedMs: z.number().int(),
  /**
   * Time left when the server sent this snapshot; negative when overrun.
   * Clients count down from the moment they receive it with their own
   * monotonic clock, so a client whose wall clock is off still shows the truth.
   */
  remainingMs: z.number().int(),
});
export type Timer = z.infer<typeof TimerSchema>;

export const RaisedHandSchema = z.object({
  userId: IdSchema,
  name: z.string(),
  institutionCode: z.string(),
  raisedAt: InstantSchema,
});
export type RaisedHand = z.infer<typeof RaisedHandSchema>;

export const SessionStateSchema = z.object({
  version: z.number().int(),
  boardId: IdSchema,
  status: BoardStatusSchema,
  currentCaseId: IdSchema.nullable(),
  /**
   * A case is being discussed that this viewer may not read (not shared with their
   * institution): its id, time and place are withheld, and the timer reads idle.
   */
  isCurrentCaseHidden: z.boolean(),
  /** Participants the coordinator named to run the board with them. */
  coChairIds: z.array(IdSchema),
  timer: TimerSchema,
  /** Raised hands, oldest first. */
  hands: z.array(RaisedHandSchema),
  /** Whom the coordinator called on last. */
  speakerId: IdSchema.nullable(),
});
export type SessionState = z.infer<typeof SessionStateSchema>;

export const PRESENCE_STATUSES = ['online', 'reconnecting'] as const;

export const PresenceEntrySchema = z.object({
  userId: IdSchema,
  name: z.string(),
  role: z.enum(ROLES),
  specialty: z.enum(SPECIALTIES).nullable(),
  institution: z.object({ id: IdSchema, code: z.string(), name: z.string() }),
  status: z.enum(PRESENCE_STATUSES),
});
export type PresenceEntry = z.infer<typeof PresenceEntrySchema>;

export const PresenceListSchema = z.object({
  boardId: IdSchema,
  version: z.number().int(),
  entries: z.array(PresenceEntrySchema),
});
export type PresenceList = z.infer<typeof PresenceListSchema>;

export const JoinResultSchema = z.object({
  state: SessionStateSchema,
  presence: PresenceListSchema,
});
export type JoinResult = z.infer<typeof JoinResultSchema>;

// Command payloads: every socket event is parsed with one of these.
export const BoardRefSchema = z.object({ boardId: IdSchema });
export type BoardRef = z.infer<typeof BoardRefSchema>;

/** Starting a board more than this long before its scheduled start takes a confirmation. */
export const EARLY_START_CONFIRM_MS = 30 * 60_000;
export const StartBoardInputSchema = BoardRefSchema.extend({
  /** The chair confirmed starting more than EARLY_START_CONFIRM_MS before the scheduled start. */
  confirmEarly: z.boolean().optional(),
});
export type StartBoardInput = z.infer<typeof StartBoardInputSchema>;

/**
 * Whether starting at `now` is early enough to need the chair's confirmation: one click must not
 * open, for everyone, a board planned for another day.
 */
export function isEarlyStart(startsAt: string, now: Date): boolean {
  return Date.parse(startsAt) - now.getTime() > EARLY_START_CONFIRM_MS;
}
export const SetCaseInputSchema = z.object({ boardId: IdSchema, caseId: IdSchema });
export type SetCaseInput = z.infer<typeof SetCaseInputSchema>;
export const ExtendTimerInputSchema = z.object({
  boardId: IdSchema,
  minutes: z.number().int().min(1).max(30),
});
export type ExtendTimerInput = z.infer<typeof ExtendTimerInputSchema>;
export const HandTargetInputSchema = z.object({ boardId: IdSchema, userId: IdSchema.optional() });
export type HandTargetInput = z.infer<typeof HandTargetInputSchema>;
export const CallOnInputSchema = z.object({ boardId: IdSchema, userId: IdSchema });
export type CallOnInput = z.infer<typeof CallOnInputSchema>;
export const SetCoChairInputSchema = z.object({
  boardId: IdSchema,
  userId: IdSchema,
  isCoChair: z.boolean(),
});
export type SetCoChairInput = z.infer<typeof SetCoChairInputSchema>;

export const PresenceJoinedSchema = z.object({
  boardId: IdSchema,
  version: z.number().int(),
  entry: PresenceEntrySchema,
});
export const PresenceLeftSchema = z.object({
  boardId: IdSchema,
  version: z.number().int(),
  userId: IdSchema,
});

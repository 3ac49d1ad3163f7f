import { z } from 'zod';
import { IanaTimeZoneSchema, IdSchema, InstantSchema } from './common';

export const BOARD_STATUSES = ['scheduled', 'live', 'ended'] as const;
export const BoardStatusSchema = z.enum(BOARD_STATUSES);
export type BoardStatus = z.infer<typeof BoardStatusSchema>;

export const BoardInstitutionSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  timeZone: IanaTimeZoneSchema,
});

/** A board as it appears in lists ("My boards"). */
export const BoardSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  status: BoardStatusSchema,
  startsAt: InstantSchema,
  timeZone: IanaTimeZoneSchema,
  durationMinutes: z.number().int(),
  hostInstitution: BoardInstitutionSchema,
  institutions: z.array(BoardInstitutionSchema),
});
export type BoardSummary = z.infer<typeof BoardSummarySchema>;

export const BoardListSchema = z.object({ boards: z.array(BoardSummarySchema) });
export type BoardList = z.infer<typeof BoardListSchema>;

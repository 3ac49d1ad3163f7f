import { z } from 'zod';
import { IdSchema, InstantSchema } from './common';

/** A board as carrying a case over names it: enough to pick it and to say where a case went. */
export const CarryOverBoardSchema = z.object({
  id: IdSchema,
  title: z.string(),
  startsAt: InstantSchema,
});
export type CarryOverBoard = z.infer<typeof CarryOverBoardSchema>;

/**
 * GET /api/boards/:boardId/cases/:caseId/carry-over/targets — the later, still scheduled boards
 * where the case's home institution takes part and the viewer may edit the agenda; by start.
 */
export const CarryOverTargetsResponseSchema = z.object({
  targets: z.array(CarryOverBoardSchema),
});
export type CarryOverTargetsResponse = z.infer<typeof CarryOverTargetsResponseSchema>;

/** One case moved from one board's agenda to another's. */
export const CarryOverEntrySchema = z.object({
  caseId: IdSchema,
  pseudonym: z.string(),
  from: CarryOverBoardSchema,
  to: CarryOverBoardSchema,
  at: InstantSchema,
});
export type CarryOverEntry = z.infer<typeof CarryOverEntrySchema>;

/** POST /api/boards/:boardId/cases/:caseId/carry-over answers with the move it made. */
export const CarryOverResponseSchema = z.object({ carriedOver: CarryOverEntrySchema });
export type CarryOverResponse = z.infer<typeof CarryOverResponseSchema>;

/**
 * GET /api/boards/:boardId/carry-overs — cases carried away from this board (where they went)
 * and carried in from earlier boards, limited to the cases the viewer may read; oldest first.
 */
export const BoardCarryOversSchema = z.object({
  carriedAway: z.array(CarryOverEntrySchema),
  carriedIn: z.array(CarryOverEntrySchema),
});
export type BoardCarryOvers = z.infer<typeof BoardCarryOversSchema>;

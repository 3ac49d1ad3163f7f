import { z } from 'zod';
import { LocaleSchema } from './common';

/**
 * The letter to the referring physician: one per case decided in a board's signed minutes,
 * certifying what was signed. `GET /api/boards/:boardId/cases/:caseId/letter.pdf?lang=de|ko|en`.
 */
export const LetterQuerySchema = z.object({
  /** The letter's language; absent: the reader's institution's language. */
  lang: LocaleSchema.optional(),
});
export type LetterQuery = z.infer<typeof LetterQuerySchema>;

/** Why a case has no letter: its board's minutes are unsigned, or the case was not decided in them. */
export const LETTER_UNAVAILABLE_REASONS = ['minutes_not_signed', 'letter_not_available'] as const;

/** `GET …/letter`: whether the PDF can be downloaded now, and from which signed version. */
export const LetterAvailabilitySchema = z.discriminatedUnion('isAvailable', [
  z.object({
    isAvailable: z.literal(true),
    minutesVersion: z.number().int().positive(),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  z.object({ isAvailable: z.literal(false), reason: z.enum(LETTER_UNAVAILABLE_REASONS) }),
]);
export type LetterAvailability = z.infer<typeof LetterAvailabilitySchema>;

export const LetterAvailabilityResponseSchema = z.object({ letter: LetterAvailabilitySchema });
export type LetterAvailabilityResponse = z.infer<typeof LetterAvailabilityResponseSchema>;

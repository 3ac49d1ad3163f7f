import { z } from 'zod';
import { ROLES, SPECIALTIES } from '../roles';
import { CaseSummarySchema } from './case';
import { IanaTimeZoneSchema, IdSchema, InstantSchema } from './common';

export const BOARD_STATUSES = ['scheduled', 'live', 'ended'] as const;
export const BoardStatusSchema = z.enum(BOARD_STATUSES);
export type BoardStatus = z.infer<typeof BoardStatusSchema>;

export const TUMOR_ENTITIES = [
  'thoracic',
  'gastrointestinal',
  'hepatobiliary_pancreatic',
  'breast',
  'gynecologic',
  'urologic',
  'head_and_neck',
  'neuro',
  'skin',
  'sarcoma',
  'hematologic',
  'general',
] as const;
export const TumorEntitySchema = z.enum(TUMOR_ENTITIES);
export type TumorEntity = z.infer<typeof TumorEntitySchema>;

export const BoardInstitutionSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  timeZone: IanaTimeZoneSchema,
});
export type BoardInstitution = z.infer<typeof BoardInstitutionSchema>;

/** A board as it appears in lists ("My boards"). */
export const BoardSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  tumorEntity: TumorEntitySchema.nullable(),
  status: BoardStatusSchema,
  startsAt: InstantSchema,
  timeZone: IanaTimeZoneSchema,
  durationMinutes: z.number().int(),
  hostInstitution: BoardInstitutionSchema,
  institutions: z.array(BoardInstitutionSchema),
  /** The latest signed minutes version; null while the minutes are unsigned (or the board not over). */
  minutesVersion: z.number().int().positive().nullable(),
});
export type BoardSummary = z.infer<typeof BoardSummarySchema>;

export const BoardListSchema = z.object({ boards: z.array(BoardSummarySchema) });
export type BoardList = z.infer<typeof BoardListSchema>;

export const ParticipantSchema = z.object({
  id: IdSchema,
  name: z.string(),
  role: z.enum(ROLES),
  specialty: z.enum(SPECIALTIES).nullable(),
  institution: z.object({ id: IdSchema, code: z.string() }),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const BoardPermissionsSchema = z.object({
  canEdit: z.boolean(),
  canSubmitCase: z.boolean(),
  canReorder: z.boolean(),
});

export const BoardDetailSchema = BoardSummarySchema.extend({
  videoUrl: z.string().nullable(),
  participants: z.array(ParticipantSchema),
  cases: z.array(CaseSummarySchema),
  version: z.number().int(),
  agendaVersion: z.number().int(),
  permissions: BoardPermissionsSchema,
});
export type BoardDetail = z.infer<typeof BoardDetailSchema>;

export const BoardResponseSchema = z.object({ board: BoardDetailSchema });
export type BoardResponse = z.infer<typeof BoardResponseSchema>;

const BoardFieldsObject = z.object({
  title: z.string().trim().min(1).max(200),
  tumorEntity: TumorEntitySchema.nullable(),
  /** Wall-clock start as entered ("2026-12-03T08:00") and the zone it was entered in. */
  start: z.object({
    local: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Date and time like 2026-12-03T08:00'),
    timeZone: IanaTimeZoneSchema,
  }),
  durationMinutes: z.number().int().min(15).max(480),
  hostInstitutionId: IdSchema,
  institutionIds: z.array(IdSchema).min(1).max(8),
  videoUrl: z
    .url({ protocol: /^https$/ })
    .max(2000)
    .nullable(),
  participantIds: z.array(IdSchema).max(200),
});

function checkBoardFields(board: z.infer<typeof BoardFieldsObject>, ctx: z.RefinementCtx): void {
  if (!board.institutionIds.includes(board.hostInstitutionId)) {
    ctx.addIssue({
      code: 'custom',
      path: ['institutionIds'],
      message: 'The host institution must take part',
    });
  }
  if (new Set(board.institutionIds).size !== board.institutionIds.length) {
    ctx.addIssue({ code: 'custom', path: ['institutionIds'], message: 'Each institution once' });
  }
  if (new Set(board.participantIds).size !== board.participantIds.length) {
    ctx.addIssue({ code: 'custom', path: ['participantIds'], message: 'Each participant once' });
  }
}

export const CreateBoardInputSchema = BoardFieldsObject.superRefine(checkBoardFields);
export type CreateBoardInput = z.infer<typeof CreateBoardInputSchema>;

export const UpdateBoardInputSchema = BoardFieldsObject.extend({
  version: z.number().int().positive(),
}).superRefine(checkBoardFields);
export type UpdateBoardInput = z.infer<typeof UpdateBoardInputSchema>;

export const BoardParamsSchema = z.object({ boardId: IdSchema });

/** New agenda order: every case the coordinator can see, in order, with minutes. */
export const UpdateAgendaInputSchema = z.object({
  agendaVersion: z.number().int().positive(),
  items: z
    .array(z.object({ caseId: IdSchema, allottedMinutes: z.number().int().min(1).max(120) }))
    .max(100)
    .refine((items) => new Set(items.map((item) => item.caseId)).size === items.length, {
      message: 'Each case once',
    }),
});
export type UpdateAgendaInput = z.infer<typeof UpdateAgendaInputSchema>;

/** People who may be invited: users of the given institutions. */
export const DirectoryQuerySchema = z.object({
  institutionIds: z
    .string()
    .transform((list) => list.split(',').filter(Boolean))
    .pipe(z.array(IdSchema).min(1).max(8)),
});
export const DirectorySchema = z.object({ users: z.array(ParticipantSchema) });
export type Directory = z.infer<typeof DirectorySchema>;

export const InstitutionListSchema = z.object({
  institutions: z.array(BoardInstitutionSchema.extend({ city: z.string(), color: z.string() })),
});
export type InstitutionList = z.infer<typeof InstitutionListSchema>;

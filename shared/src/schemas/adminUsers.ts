import { z } from 'zod';
import { LIMITS } from '../limits';
import { EmailSchema, NewPasswordSchema, RoleSchema, SpecialtySchema } from './auth';
import { IdSchema, InstantSchema } from './common';

/** A user as their institution's admin sees them. */
export const ManagedUserSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string(),
  role: RoleSchema,
  specialty: SpecialtySchema.nullable(),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: InstantSchema,
});
export type ManagedUser = z.infer<typeof ManagedUserSchema>;

export const ManagedUserResponseSchema = z.object({ user: ManagedUserSchema });
export type ManagedUserResponse = z.infer<typeof ManagedUserResponseSchema>;

export const ManagedUserListSchema = z.object({ users: z.array(ManagedUserSchema) });
export type ManagedUserList = z.infer<typeof ManagedUserListSchema>;

const NameSchema = z.string().trim().min(1).max(LIMITS.nameLength);

export const CreateUserInputSchema = z.object({
  name: NameSchema,
  email: EmailSchema,
  role: RoleSchema,
  specialty: SpecialtySchema.nullable().default(null),
  /** One-time password: the user must change it at first login. */
  temporaryPassword: NewPasswordSchema,
});
export type CreateUserInput = z.infer<typeof CreateUserInputSchema>;

export const UpdateUserInputSchema = z
  .object({
    name: NameSchema,
    role: RoleSchema,
    specialty: SpecialtySchema.nullable(),
    isActive: z.boolean(),
  })
  .partial()
  .refine((input) => Object.keys(input).length > 0, { message: 'Nothing to change' });
export type UpdateUserInput = z.infer<typeof UpdateUserInputSchema>;

export const SetOneTimePasswordInputSchema = z.object({
  temporaryPassword: NewPasswordSchema,
});
export type SetOneTimePasswordInput = z.infer<typeof SetOneTimePasswordInputSchema>;

export const UserIdParamsSchema = z.object({ userId: IdSchema });

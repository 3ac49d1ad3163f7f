import { z } from 'zod';
import { LIMITS } from '../limits';
import { ROLES, SPECIALTIES } from '../roles';
import { IdSchema } from './common';
import { InstitutionSchema } from './institution';

export const EmailSchema = z.string().trim().toLowerCase().max(LIMITS.emailLength).pipe(z.email());

export const RoleSchema = z.enum(ROLES);
export const SpecialtySchema = z.enum(SPECIALTIES);

export const LoginInputSchema = z.object({
  email: EmailSchema,
  // No length rule beyond a cap: a wrong password must look like any other wrong password.
  password: z.string().min(1).max(LIMITS.passwordMaxLength),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

export const NewPasswordSchema = z
  .string()
  .min(LIMITS.passwordMinLength)
  .max(LIMITS.passwordMaxLength);

export const ChangePasswordInputSchema = z.object({
  currentPassword: z.string().min(1).max(LIMITS.passwordMaxLength),
  newPassword: NewPasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>;

/** The signed-in user as the API shows them. */
export const SessionUserSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string(),
  role: RoleSchema,
  specialty: SpecialtySchema.nullable(),
  institution: InstitutionSchema.pick({
    id: true,
    code: true,
    name: true,
    timeZone: true,
    locale: true,
    color: true,
  }),
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const MeResponseSchema = z.object({ user: SessionUserSchema });
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** An institution whose staff can sign in through its own identity provider (public, for the login page). */
export const OidcInstitutionSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** False: that institution's users cannot sign in with a Konsil password. */
  allowPasswords: z.boolean(),
});
export type OidcInstitution = z.infer<typeof OidcInstitutionSchema>;

export const OidcInstitutionListSchema = z.object({ institutions: z.array(OidcInstitutionSchema) });
export type OidcInstitutionList = z.infer<typeof OidcInstitutionListSchema>;

/**
 * POST /api/auth/logout answers 204, or 200 with this body when the session began at a
 * provider that can end its own session too: the browser then goes to `redirectTo`.
 */
export const LogoutResponseSchema = z.object({
  // Only http(s): the browser is sent there, and z.url() alone would take `javascript:` too.
  redirectTo: z.url({ protocol: /^https?$/ }).optional(),
});
export type LogoutResponse = z.infer<typeof LogoutResponseSchema>;

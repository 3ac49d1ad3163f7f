import { z } from 'zod';
import { IanaTimeZoneSchema, IdSchema, InstantSchema, LocaleSchema } from './common';

/**
 * Certificates of attendance: one per participant and ended board they attended, with a
 * verification code that anyone holding it (a medical chamber) can check without an account.
 */

/**
 * Crockford's base32: digits and capitals without I, L, O and U, so a code read aloud or
 * typed from paper has no look-alikes (and spells no words).
 */
export const CERTIFICATE_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 12 symbols of 5 bits: 60 random bits, shown as XXXX-XXXX-XXXX. */
export const CERTIFICATE_CODE_LENGTH = 12;
const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/**
 * A code as someone typed it, in the form it is stored: capitals, no dashes or spaces, and
 * Crockford's look-alikes read as the digits they resemble (O as 0, I and L as 1).
 */
export function normaliseCertificateCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function isCertificateCode(normalised: string): boolean {
  return CODE_PATTERN.test(normalised);
}

/** XXXX-XXXX-XXXX, as certificates and pages show a (normalised) code. */
export function formatCertificateCode(normalised: string): string {
  return normalised.match(/.{1,4}/g)?.join('-') ?? normalised;
}

export const CertificateCodeParamsSchema = z.object({
  code: z
    .string()
    .max(40)
    .transform(normaliseCertificateCode)
    .refine(isCertificateCode, 'a code like 7K3M-Q9TX-2HWD'),
});

/** `GET /api/boards/:boardId/certificate.pdf?lang=de|ko|en` */
export const CertificateQuerySchema = z.object({
  /** The certificate's language; absent: the participant's institution's language. */
  lang: LocaleSchema.optional(),
});

const InstitutionNameSchema = z.object({ code: z.string(), name: z.string() });

/**
 * `GET /api/certificates/:code`: who attended which board, for how long, and who issued
 * the certificate. Nothing clinical: no entities, no cases.
 */
export const CertificateVerificationSchema = z.object({
  code: z.string(),
  holder: z.object({ name: z.string(), institution: InstitutionNameSchema }),
  board: z.object({
    title: z.string(),
    startedAt: InstantSchema,
    endedAt: InstantSchema,
    /** The holder's institution's zone, in which the certificate states the times. */
    timeZone: IanaTimeZoneSchema,
  }),
  minutesAttended: z.number().int().nonnegative(),
  issuedAt: InstantSchema,
  issuer: InstitutionNameSchema,
});
export type CertificateVerification = z.infer<typeof CertificateVerificationSchema>;

export const CertificateVerificationResponseSchema = z.object({
  certificate: CertificateVerificationSchema,
});
export type CertificateVerificationResponse = z.infer<typeof CertificateVerificationResponseSchema>;

/**
 * `GET /api/certificates`: the signed-in user's ended boards that they attended, each with
 * the minutes a certificate would state and its code once one was issued.
 */
export const MyCertificateSchema = z.object({
  boardId: IdSchema,
  minutesAttended: z.number().int().nonnegative(),
  code: z.string().nullable(),
});
export type MyCertificate = z.infer<typeof MyCertificateSchema>;

export const MyCertificatesResponseSchema = z.object({
  certificates: z.array(MyCertificateSchema),
});
export type MyCertificatesResponse = z.infer<typeof MyCertificatesResponseSchema>;

import fs from 'node:fs';
import type { Role } from '@konsil/shared';
import { RoleSchema } from '@konsil/shared';
import { z } from 'zod';
import { issuerUrlProblem } from './issuerUrl';

const InstitutionCodeSchema = z
  .string()
  .regex(/^[A-Z0-9]{2,16}$/, 'institution codes are 2–16 capital letters or digits');

const InstitutionProviderSchema = z
  .object({
    issuer: z.string().superRefine((issuer, check) => {
      const problem = issuerUrlProblem(issuer);
      if (problem) check.addIssue({ code: 'custom', message: problem });
    }),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1).optional(),
    scopes: z
      .array(z.string().regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, 'a scope is one word'))
      .default(['openid', 'email', 'profile'])
      .refine((scopes) => scopes.includes('openid'), 'must include "openid"'),
    roleClaim: z.string().min(1).default('roles'),
    /** Provider role → Konsil role. When a person holds several, the first listed here wins. */
    roles: z
      .record(z.string().min(1), RoleSchema)
      .refine((roles) => Object.keys(roles).length > 0, 'must map at least one provider role'),
    /** When set, only emails of these domains are created or linked. */
    emailDomains: z
      .array(
        z
          .string()
          .toLowerCase()
          .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a domain such as charite.de'),
      )
      .min(1)
      .optional(),
    allowPasswords: z.boolean().default(true),
  })
  .strict();

const ProviderFileSchema = z
  .object({ institutions: z.record(InstitutionCodeSchema, InstitutionProviderSchema) })
  .strict();

export interface InstitutionProvider {
  code: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  roleClaim: string;
  /** In the file's order: the first mapping a person holds decides their role. */
  roles: [providerRole: string, role: Role][];
  emailDomains: string[] | null;
  allowPasswords: boolean;
}

/** The hospital identity providers, by institution code; empty when OIDC_CONFIG is not set. */
export interface OidcSettings {
  institutions: Map<string, InstitutionProvider>;
}

export const NO_OIDC: OidcSettings = { institutions: new Map() };

/** Parses the provider file's JSON; throws an error naming the file and each bad field. */
export function parseOidcSettings(
  json: unknown,
  env: NodeJS.ProcessEnv,
  source = 'OIDC_CONFIG',
): OidcSettings {
  const parsed = ProviderFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration in ${source}:\n  ${problems.join('\n  ')}`);
  }
  const institutions = new Map<string, InstitutionProvider>();
  for (const [code, entry] of Object.entries(parsed.data.institutions)) {
    // A secret in the environment keeps it out of a file that may be shared or versioned.
    const clientSecret = env[`OIDC_${code}_CLIENT_SECRET`] || entry.clientSecret;
    if (!clientSecret) {
      throw new Error(
        `Invalid configuration in ${source}:\n  institutions.${code}.clientSecret: ` +
          `missing; set it in the file or in OIDC_${code}_CLIENT_SECRET`,
      );
    }
    institutions.set(code, {
      code,
      issuer: entry.issuer,
      clientId: entry.clientId,
      clientSecret,
      scopes: entry.scopes,
      roleClaim: entry.roleClaim,
      roles: Object.entries(entry.roles),
      emailDomains: entry.emailDomains ?? null,
      allowPasswords: entry.allowPasswords,
    });
  }
  return { institutions };
}

/** Reads the file OIDC_CONFIG names, once at startup. */
export function loadOidcSettings(file: string, env: NodeJS.ProcessEnv): OidcSettings {
  const source = `OIDC_CONFIG (${file})`;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Invalid configuration:\n  ${source}: cannot be read (${String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Invalid configuration:\n  ${source}: not valid JSON (${String(error)})`);
  }
  return parseOidcSettings(json, env, source);
}

import { randomUUID } from 'node:crypto';
import {
  type Locale,
  LocaleSchema,
  type Role,
  RoleSchema,
  type Specialty,
  SpecialtySchema,
} from '@konsil/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export interface InstitutionRecord {
  id: string;
  code: string;
  name: string;
  city: string;
  timeZone: string;
  locale: Locale;
  color: string;
}

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  specialty: Specialty | null;
  isActive: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  institution: InstitutionRecord;
}

type Executor = Kysely<Database>;

function selectUsers(db: Executor) {
  return db
    .selectFrom('users')
    .innerJoin('institutions', 'institutions.id', 'users.institution_id')
    .leftJoin('credentials', 'credentials.user_id', 'users.id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.specialty',
      'users.is_active',
      'users.created_at',
      'credentials.must_change',
      'institutions.id as institution_id',
      'institutions.code as institution_code',
      'institutions.name as institution_name',
      'institutions.city as institution_city',
      'institutions.time_zone as institution_time_zone',
      'institutions.locale as institution_locale',
      'institutions.color as institution_color',
    ]);
}

type UserRow = Awaited<ReturnType<ReturnType<typeof selectUsers>['executeTakeFirstOrThrow']>>;

function toUserRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: RoleSchema.parse(row.role),
    specialty: row.specialty === null ? null : SpecialtySchema.parse(row.specialty),
    isActive: Number(row.is_active) === 1,
    mustChangePassword: Number(row.must_change ?? 0) === 1,
    createdAt: row.created_at,
    institution: {
      id: row.institution_id,
      code: row.institution_code,
      name: row.institution_name,
      city: row.institution_city,
      timeZone: row.institution_time_zone,
      locale: LocaleSchema.parse(row.institution_locale),
      color: row.institution_color,
    },
  };
}

export async function findUserById(db: Executor, id: string): Promise<UserRecord | null> {
  const row = await selectUsers(db).where('users.id', '=', id).executeTakeFirst();
  return row ? toUserRecord(row) : null;
}

/** Several users in one query (the live fan-out re-reads every viewer on each change). */
export async function findUsersByIds(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, UserRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await selectUsers(db)
    .where('users.id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, toUserRecord(row)]));
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRecord | null> {
  const row = await selectUsers(db).where('users.email', '=', email).executeTakeFirst();
  return row ? toUserRecord(row) : null;
}

export async function listUsersOfInstitution(
  db: Executor,
  institutionId: string,
): Promise<UserRecord[]> {
  const rows = await selectUsers(db)
    .where('users.institution_id', '=', institutionId)
    .orderBy('users.name')
    .execute();
  return rows.map(toUserRecord);
}

export async function findPasswordHash(db: Executor, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('credentials')
    .select('password_hash')
    .where('user_id', '=', userId)
    .where('kind', '=', 'password')
    .executeTakeFirst();
  return row?.password_hash ?? null;
}

export interface NewUser {
  institutionId: string;
  email: string;
  name: string;
  role: Role;
  specialty: Specialty | null;
  passwordHash: string;
  mustChangePassword: boolean;
  at: Date;
}

export async function insertUser(db: Executor, user: NewUser): Promise<string> {
  const id = randomUUID();
  const at = user.at.toISOString();
  await db
    .insertInto('users')
    .values({
      id,
      institution_id: user.institutionId,
      email: user.email,
      name: user.name,
      role: user.role,
      specialty: user.specialty,
      is_active: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('credentials')
    .values({
      user_id: id,
      kind: 'password',
      password_hash: user.passwordHash,
      must_change: user.mustChangePassword ? 1 : 0,
      updated_at: at,
    })
    .execute();
  return id;
}

export interface UserChanges {
  name?: string;
  role?: Role;
  specialty?: Specialty | null;
  isActive?: boolean;
}

export async function updateUser(
  db: Executor,
  id: string,
  changes: UserChanges,
  at: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.role !== undefined ? { role: changes.role } : {}),
      ...(changes.specialty !== undefined ? { specialty: changes.specialty } : {}),
      ...(changes.isActive !== undefined ? { is_active: changes.isActive ? 1 : 0 } : {}),
      updated_at: at.toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

export async function setPasswordHash(
  db: Executor,
  userId: string,
  passwordHash: string,
  mustChange: boolean,
  at: Date,
): Promise<void> {
  await db
    .updateTable('credentials')
    .set({
      password_hash: passwordHash,
      must_change: mustChange ? 1 : 0,
      updated_at: at.toISOString(),
    })
    .where('user_id', '=', userId)
    .where('kind', '=', 'password')
    .execute();
}

import type { ManagedUser, SessionUser } from '@konsil/shared';
import type { UserRecord } from '../storage/repositories/users';

export function presentSessionUser(user: UserRecord): SessionUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    specialty: user.specialty,
    institution: {
      id: user.institution.id,
      code: user.institution.code,
      name: user.institution.name,
      timeZone: user.institution.timeZone,
      locale: user.institution.locale,
      color: user.institution.color,
    },
    mustChangePassword: user.mustChangePassword,
  };
}

export function presentManagedUser(user: UserRecord): ManagedUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    specialty: user.specialty,
    isActive: user.isActive,
    mustChangePassword: user.mustChangePassword,
    createdAt: user.createdAt,
  };
}

import type { UserRecord } from '../storage/repositories/users';
import type { Actor } from './can';

/** The acting user as the policy layer sees it; the same for REST, live and notes. */
export function actorOf(user: UserRecord): Actor {
  return {
    id: user.id,
    role: user.role,
    institutionId: user.institution.id,
    isActive: user.isActive,
  };
}

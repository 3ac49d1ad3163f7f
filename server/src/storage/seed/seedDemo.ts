import { hashPassword } from '../../auth/passwords';
import type { Db } from '../db';
import { countInstitutions, insertInstitution } from '../repositories/institutions';
import { insertUser } from '../repositories/users';
import { DEMO_INSTITUTIONS, DEMO_PASSWORD, DEMO_USERS } from './demoUsers';

/** Seeds the demo only into an empty database; returns whether it did. */
export async function seedDemoIfEmpty(db: Db, now: Date): Promise<boolean> {
  if ((await countInstitutions(db)) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const institutionIds = new Map<string, string>();
    for (const institution of DEMO_INSTITUTIONS) {
      institutionIds.set(institution.code, await insertInstitution(trx, institution, now));
    }
    for (const user of DEMO_USERS) {
      const institutionId = institutionIds.get(user.institution);
      if (!institutionId) throw new Error(`Unknown demo institution ${user.institution}`);
      await insertUser(trx, {
        institutionId,
        email: user.email,
        name: user.name,
        role: user.role,
        specialty: user.specialty,
        passwordHash,
        mustChangePassword: false,
        at: now,
      });
    }
  });
  return true;
}

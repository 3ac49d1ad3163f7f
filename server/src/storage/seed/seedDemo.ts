import { hashPassword } from '../../auth/passwords';
import { rebuildSearchIndex } from '../../search/rebuildIndex';
import type { Db } from '../db';
import { countInstitutions, insertInstitution } from '../repositories/institutions';
import { insertUser } from '../repositories/users';
import { seedDemoBoards } from './demoBoards';
import { DEMO_INSTITUTIONS, DEMO_PASSWORD, DEMO_USERS } from './demoUsers';

/**
 * Seeds the demo (institutions, users, the joint thoracic boards and their
 * cases) only into an empty database, in one transaction; returns whether it
 * did. Every date is relative to `now`, so a fake clock gives the same demo.
 * `boards: false` seeds only institutions and users (for tests that need
 * exact board lists, or a schema from before cases existed).
 */
export async function seedDemoIfEmpty(
  db: Db,
  now: Date,
  options: { boards?: boolean } = {},
): Promise<boolean> {
  if ((await countInstitutions(db)) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const institutionIds = new Map<string, string>();
    const userIds = new Map<string, string>();
    for (const institution of DEMO_INSTITUTIONS) {
      institutionIds.set(institution.code, await insertInstitution(trx, institution, now));
    }
    for (const user of DEMO_USERS) {
      const institutionId = institutionIds.get(user.institution);
      if (!institutionId) throw new Error(`Unknown demo institution ${user.institution}`);
      const userId = await insertUser(trx, {
        institutionId,
        email: user.email,
        name: user.name,
        role: user.role,
        specialty: user.specialty,
        passwordHash,
        mustChangePassword: false,
        at: now,
      });
      userIds.set(user.email, userId);
    }
    if (options.boards ?? true) {
      await seedDemoBoards(trx, { institutionIds, userIds }, now);
      await rebuildSearchIndex(trx, now);
    }
  });
  return true;
}

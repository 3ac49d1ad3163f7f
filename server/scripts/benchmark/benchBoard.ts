import type { Db } from '../../src/storage/db';
import {
  berlinMorning,
  type DemoDirectory,
  insertDemoCase,
  insertJointBoard,
  upcomingDemoCases,
} from '../../src/storage/seed/demoBoards';
import { seedDemoIfEmpty } from '../../src/storage/seed/seedDemo';

async function loadDirectory(db: Db): Promise<DemoDirectory> {
  const institutions = await db.selectFrom('institutions').select(['id', 'code']).execute();
  const users = await db.selectFrom('users').select(['id', 'email']).execute();
  return {
    institutionIds: new Map(institutions.map((row) => [row.code, row.id])),
    userIds: new Map(users.map((row) => [row.email, row.id])),
  };
}

/**
 * The demo, plus a joint Berlin–Seoul board a week ahead whose agenda cycles
 * through the demo's cases (validated by the shared contract like the demo).
 */
export async function seedBenchBoard(db: Db, caseCount: number): Promise<string> {
  const now = new Date();
  await seedDemoIfEmpty(db, now);
  const directory = await loadDirectory(db);
  const templates = upcomingDemoCases(now);
  return db.transaction().execute(async (trx) => {
    const boardId = await insertJointBoard(trx, directory, {
      title: 'Benchmark Thoracic Board',
      startsAt: berlinMorning(now, 7),
      status: 'scheduled',
      createdAt: now,
    });
    for (let index = 0; index < caseCount; index += 1) {
      const template = templates[index % templates.length];
      if (!template) throw new Error('The demo has no cases to copy');
      await insertDemoCase(trx, directory, boardId, template, { submittedAt: now, movedAt: now });
    }
    return boardId;
  });
}

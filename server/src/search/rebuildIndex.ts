import type { Db } from '../storage/db';
import { listCasesOfBoard } from '../storage/repositories/cases';
import { findRecommendation } from '../storage/repositories/decisions';
import { listSignedMinutes } from '../storage/repositories/minutes';
import { indexCase, indexMinutes, indexRecommendation } from './indexing';

/** Indexes everything there is (after seeding, or for a database from before search). */
export async function rebuildSearchIndex(db: Db, at: Date): Promise<void> {
  const boards = await db.selectFrom('boards').select('id').execute();
  for (const { id } of boards) {
    for (const item of await listCasesOfBoard(db, id)) {
      await indexCase(db, item, at);
      const recommendation = await findRecommendation(db, item.id);
      if (recommendation) await indexRecommendation(db, item, recommendation.content, at);
    }
    const latest = (await listSignedMinutes(db, id)).at(-1);
    if (latest) await indexMinutes(db, latest.content, at);
  }
}

/** True when cases exist but nothing is indexed: a database migrated from before search. */
export async function needsSearchIndex(db: Db): Promise<boolean> {
  const entry = await db.selectFrom('search_entries').select('id').limit(1).executeTakeFirst();
  if (entry) return false;
  const item = await db.selectFrom('cases').select('id').limit(1).executeTakeFirst();
  return Boolean(item);
}

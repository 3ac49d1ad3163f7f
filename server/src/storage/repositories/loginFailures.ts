import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export type FailureScope = 'account' | 'address';

type Executor = Kysely<Database>;

export async function recordLoginFailure(
  db: Executor,
  scope: FailureScope,
  subject: string,
  at: Date,
): Promise<void> {
  await db
    .insertInto('login_failures')
    .values({ id: randomUUID(), scope, subject, occurred_at: at.toISOString() })
    .execute();
}

/** Failures since `since`, oldest first (the oldest decides when the limit lifts). */
export async function recentLoginFailures(
  db: Executor,
  scope: FailureScope,
  subject: string,
  since: Date,
): Promise<string[]> {
  const rows = await db
    .selectFrom('login_failures')
    .select('occurred_at')
    .where('scope', '=', scope)
    .where('subject', '=', subject)
    .where('occurred_at', '>', since.toISOString())
    .orderBy('occurred_at')
    .execute();
  return rows.map((row) => row.occurred_at);
}

export async function clearLoginFailures(
  db: Executor,
  scope: FailureScope,
  subject: string,
): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where('scope', '=', scope)
    .where('subject', '=', subject)
    .execute();
}

export async function pruneLoginFailures(db: Executor, before: Date): Promise<void> {
  await db.deleteFrom('login_failures').where('occurred_at', '<', before.toISOString()).execute();
}

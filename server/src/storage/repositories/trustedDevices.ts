import type { Kysely } from 'kysely';
import type { Database } from '../schema';

type Executor = Kysely<Database>;

export async function insertTrustedDevice(
  db: Executor,
  device: { id: string; userId: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('trusted_devices')
    .values({
      id: device.id,
      user_id: device.userId,
      created_at: device.createdAt.toISOString(),
      expires_at: device.expiresAt.toISOString(),
    })
    .execute();
}

export async function isTrustedDevice(
  db: Executor,
  id: string,
  userId: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .selectFrom('trusted_devices')
    .select('id')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row !== undefined;
}

import type { AuditQuery } from '@konsil/shared';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';

/** Escapes LIKE wildcards so user text is matched literally on both databases. */
function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * Events an institution's admin may read: those by its users and those on
 * its objects. Newest first, keyset-paginated by seq.
 */
export async function queryAuditEvents(
  db: Kysely<Database>,
  institutionId: string,
  query: AuditQuery,
) {
  let builder = db
    .selectFrom('audit_events as e')
    .leftJoin('users as actor', 'actor.id', 'e.actor_user_id')
    .leftJoin('institutions as actor_inst', 'actor_inst.id', 'e.actor_institution_id')
    .leftJoin('institutions as object_inst', 'object_inst.id', 'e.object_institution_id')
    .leftJoin('users as object_user', (join) =>
      join.onRef('object_user.id', '=', 'e.object_id').on('e.object_type', '=', 'user'),
    )
    .select([
      'e.id',
      'e.seq',
      'e.occurred_at',
      'e.action',
      'e.object_type',
      'e.object_id',
      'e.outcome',
      'e.client_address',
      'e.hash',
      'actor.id as actor_id',
      'actor.name as actor_name',
      'actor.email as actor_email',
      'actor_inst.id as actor_inst_id',
      'actor_inst.code as actor_inst_code',
      'object_inst.id as object_inst_id',
      'object_inst.code as object_inst_code',
      'object_user.name as object_user_name',
    ])
    .where((eb) =>
      eb.or([
        eb('e.actor_institution_id', '=', institutionId),
        eb('e.object_institution_id', '=', institutionId),
      ]),
    );
  if (query.actor) {
    const pattern = likeContains(query.actor.toLowerCase());
    builder = builder.where(sql<boolean>`lower(actor.email) like ${pattern} escape '\\'`);
  }
  if (query.objectType) builder = builder.where('e.object_type', '=', query.objectType);
  if (query.objectId) builder = builder.where('e.object_id', '=', query.objectId);
  if (query.action) builder = builder.where('e.action', '=', query.action);
  if (query.from)
    builder = builder.where('e.occurred_at', '>=', new Date(query.from).toISOString());
  if (query.to) builder = builder.where('e.occurred_at', '<=', new Date(query.to).toISOString());
  if (query.before) builder = builder.where('e.seq', '<', query.before);
  return builder
    .orderBy('e.seq', 'desc')
    .limit(query.limit + 1)
    .execute();
}

export type AuditEventRow = Awaited<ReturnType<typeof queryAuditEvents>>[number];

import type { AuditFilters } from '@konsil/shared';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';

/** Escapes LIKE wildcards so user text is matched literally on both databases. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export interface AuditWindow {
  /** Only events with a lower seq (keyset pagination, newest first). */
  before?: number | undefined;
  /** Rows to return at most. */
  limit: number;
  /**
   * For the `object` filter: ids of objects whose readable name matched and which the reader may
   * see (resolved by the caller with the policy layer). The filter text itself also matches ids.
   */
  objectIdsByLabel?: string[];
}

/**
 * Events an institution's admin may read: those by its users and those on
 * its objects. Newest first, keyset-paginated by seq.
 */
export async function queryAuditEvents(
  db: Kysely<Database>,
  institutionId: string,
  filters: AuditFilters,
  window: AuditWindow,
) {
  let builder = db
    .selectFrom('audit_events as e')
    .leftJoin('users as actor', 'actor.id', 'e.actor_user_id')
    .leftJoin('institutions as actor_inst', 'actor_inst.id', 'e.actor_institution_id')
    .leftJoin('institutions as object_inst', 'object_inst.id', 'e.object_institution_id')
    .select([
      'e.id',
      'e.seq',
      'e.occurred_at',
      'e.action',
      'e.object_type',
      'e.object_id',
      'e.outcome',
      'e.client_address',
      'e.details',
      'e.hash',
      'actor.id as actor_id',
      'actor.name as actor_name',
      'actor.email as actor_email',
      'actor_inst.id as actor_inst_id',
      'actor_inst.code as actor_inst_code',
      'object_inst.id as object_inst_id',
      'object_inst.code as object_inst_code',
    ])
    .where((eb) =>
      eb.or([
        eb('e.actor_institution_id', '=', institutionId),
        eb('e.object_institution_id', '=', institutionId),
      ]),
    );
  if (filters.actor) {
    const pattern = likeContains(filters.actor.toLowerCase());
    builder = builder.where(
      sql<boolean>`(lower(actor.email) like ${pattern} escape '\\' or lower(actor.name) like ${pattern} escape '\\')`,
    );
  }
  if (filters.objectType) builder = builder.where('e.object_type', '=', filters.objectType);
  const { object } = filters;
  if (object) {
    const ids = [object, ...(window.objectIdsByLabel ?? [])];
    builder = builder.where('e.object_id', 'in', ids);
  }
  if (filters.action) builder = builder.where('e.action', '=', filters.action);
  if (filters.from)
    builder = builder.where('e.occurred_at', '>=', new Date(filters.from).toISOString());
  if (filters.to)
    builder = builder.where('e.occurred_at', '<=', new Date(filters.to).toISOString());
  if (window.before) builder = builder.where('e.seq', '<', window.before);
  return builder.orderBy('e.seq', 'desc').limit(window.limit).execute();
}

export type AuditEventRow = Awaited<ReturnType<typeof queryAuditEvents>>[number];

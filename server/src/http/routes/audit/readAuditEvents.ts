import type { AuditEvent, AuditFilters } from '@konsil/shared';
import { labelAuditObjects, objectIdsNamed } from '../../../audit/objectLabels';
import type { AppContext } from '../../../context';
import { actorOf } from '../../../policies/actor';
import { presentAuditEvent } from '../../../presenters/auditEvent';
import { queryAuditEvents } from '../../../storage/repositories/auditEvents';
import type { UserRecord } from '../../../storage/repositories/users';

/**
 * The events the reader (an admin, already authorized) may see under these filters, newest
 * first and with readable object names: one query for the events, one per object type for
 * their names, whatever the number of rows.
 */
export async function readAuditEvents(
  ctx: AppContext,
  reader: UserRecord,
  filters: AuditFilters,
  window: { before?: number | undefined; limit: number },
): Promise<AuditEvent[]> {
  const actor = actorOf(reader);
  const objectIdsByLabel = filters.object
    ? await objectIdsNamed(ctx.db, actor, filters.object, filters.objectType)
    : [];
  const rows = await queryAuditEvents(ctx.db, reader.institution.id, filters, {
    ...window,
    objectIdsByLabel,
  });
  const labelOf = await labelAuditObjects(
    ctx.db,
    actor,
    rows.map((row) => ({ type: row.object_type, id: row.object_id })),
  );
  return rows.map((row) =>
    presentAuditEvent(row, labelOf({ type: row.object_type, id: row.object_id })),
  );
}

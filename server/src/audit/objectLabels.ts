import type { AuditObjectType } from '@konsil/shared';
import type { Kysely } from 'kysely';
import { type Actor, can } from '../policies/can';
import {
  findBoardsToLabel,
  findCasesToLabel,
  findObjectIdsNamed,
  findUsersToLabel,
} from '../storage/repositories/auditObjects';
import type { Database } from '../storage/schema';

/**
 * Readable names for the objects of audit events. A name is given only where the reader may
 * see the object by the rule that guards reading it (`board:read`, `case:read`, and for people
 * `directory:read`); otherwise the object is marked withheld and the page says "… of another
 * institution". So the log tells an admin nothing clinical they could not already open.
 */
export interface ObjectLabel {
  label: string | null;
  isWithheld: boolean;
}

export interface ObjectRef {
  type: string;
  id: string | null;
}

const UNLABELLED: ObjectLabel = { label: null, isWithheld: false };
const NAMED_TYPES = ['board', 'case', 'user'] as const;
type NamedType = (typeof NAMED_TYPES)[number];

const keyOf = (type: string, id: string) => `${type}:${id}`;

/** The names the reader may see, for one query per object type (not one per event). */
async function visibleNames(
  db: Kysely<Database>,
  reader: Actor,
  type: NamedType,
  ids: string[],
): Promise<Map<string, ObjectLabel>> {
  const labels = new Map<string, ObjectLabel>();
  if (ids.length === 0) return labels;
  const name = (id: string, label: string, isVisible: boolean) =>
    labels.set(id, isVisible ? { label, isWithheld: false } : { label: null, isWithheld: true });
  if (type === 'board') {
    for (const board of await findBoardsToLabel(db, ids)) {
      name(board.id, board.title, can(reader, 'board:read', board.scope));
    }
  } else if (type === 'case') {
    for (const item of await findCasesToLabel(db, ids)) {
      name(item.id, item.pseudonym, can(reader, 'case:read', item.scope));
    }
  } else {
    for (const user of await findUsersToLabel(db, ids)) {
      const scope = { institutionId: user.institutionId, sharesBoard: false };
      name(user.id, user.name, can(reader, 'directory:read', scope));
    }
  }
  return labels;
}

/** Labels keyed by `type:id`; objects without a name (or gone) get none. */
export async function labelAuditObjects(
  db: Kysely<Database>,
  reader: Actor,
  refs: ObjectRef[],
): Promise<(ref: ObjectRef) => ObjectLabel> {
  const labels = new Map<string, ObjectLabel>();
  for (const type of NAMED_TYPES) {
    const ids = refs.flatMap((ref) => (ref.type === type && ref.id ? [ref.id] : []));
    for (const [id, label] of await visibleNames(db, reader, type, ids)) {
      labels.set(keyOf(type, id), label);
    }
  }
  return (ref) => (ref.id ? (labels.get(keyOf(ref.type, ref.id)) ?? UNLABELLED) : UNLABELLED);
}

/**
 * Ids of objects whose name contains `text` and which the reader may see, for the `object`
 * filter: searching a name the reader may not see finds nothing, so the filter cannot be
 * used to probe pseudonyms or titles of another institution.
 */
export async function objectIdsNamed(
  db: Kysely<Database>,
  reader: Actor,
  text: string,
  objectType: AuditObjectType | undefined,
): Promise<string[]> {
  const types = objectType ? NAMED_TYPES.filter((type) => type === objectType) : NAMED_TYPES;
  const ids: string[] = [];
  for (const type of types) {
    const candidates = await findObjectIdsNamed(db, type, text);
    for (const [id, label] of await visibleNames(db, reader, type, candidates)) {
      if (!label.isWithheld) ids.push(id);
    }
  }
  return ids;
}

import { randomUUID } from 'node:crypto';
import {
  type CaseEvent,
  type CaseEventKind,
  CaseEventSchema,
  type CaseStatus,
} from '@konsil/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

type Executor = Kysely<Database>;

export interface NewCaseEvent {
  caseId: string;
  kind: CaseEventKind;
  boardId: string;
  toBoardId?: string | null;
  outcome?: CaseStatus | null;
  reason?: string | null;
  /** Null when the system did it (the board ended before the case was reached). */
  actorId: string | null;
  at: Date;
}

/**
 * Appends one event as the case's next in order. Callers change the case row first in the same
 * transaction, which serialises writers of one case; the unique (case, seq) index backs that up.
 */
export async function appendCaseEvent(db: Executor, event: NewCaseEvent): Promise<void> {
  const last = await db
    .selectFrom('case_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('case_id', '=', event.caseId)
    .executeTakeFirst();
  await db
    .insertInto('case_events')
    .values({
      id: randomUUID(),
      seq: Number(last?.seq ?? 0) + 1,
      case_id: event.caseId,
      kind: event.kind,
      board_id: event.boardId,
      to_board_id: event.toBoardId ?? null,
      outcome: event.outcome ?? null,
      reason: event.reason ?? null,
      actor_id: event.actorId,
      at: event.at.toISOString(),
    })
    .execute();
}

/** A case's decision history, oldest first, with the boards and people named. */
export async function listCaseEvents(db: Executor, caseId: string): Promise<CaseEvent[]> {
  const rows = await db
    .selectFrom('case_events as e')
    .innerJoin('boards as b', 'b.id', 'e.board_id')
    .leftJoin('boards as t', 't.id', 'e.to_board_id')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .leftJoin('institutions as i', 'i.id', 'u.institution_id')
    .select([
      'e.seq',
      'e.kind',
      'e.outcome',
      'e.reason',
      'e.at',
      'b.id as board_id',
      'b.title as board_title',
      'b.starts_at as board_starts_at',
      't.id as to_board_id',
      't.title as to_board_title',
      't.starts_at as to_board_starts_at',
      'u.name as actor_name',
      'i.code as actor_institution_code',
    ])
    .where('e.case_id', '=', caseId)
    .orderBy('e.seq')
    .execute();
  return rows.map((row) =>
    CaseEventSchema.parse({
      kind: row.kind,
      at: row.at,
      by:
        row.actor_name && row.actor_institution_code
          ? { name: row.actor_name, institutionCode: row.actor_institution_code }
          : null,
      outcome: row.outcome,
      reason: row.reason,
      board: { id: row.board_id, title: row.board_title, startsAt: row.board_starts_at },
      toBoard:
        row.to_board_id && row.to_board_title && row.to_board_starts_at
          ? { id: row.to_board_id, title: row.to_board_title, startsAt: row.to_board_starts_at }
          : null,
    }),
  );
}

/** Cases that were carried over from `boardId` to another board: its minutes still list them. */
export async function listCaseIdsCarriedFrom(db: Executor, boardId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('case_events')
    .select('case_id')
    .distinct()
    .where('board_id', '=', boardId)
    .where('kind', '=', 'carried_over')
    .execute();
  return rows.map((row) => row.case_id);
}

export interface CarryOverRecord {
  caseId: string;
  from: { id: string; title: string; startsAt: string };
  to: { id: string; title: string; startsAt: string };
  at: string;
}

/** Every carry-over from or to `boardId`, oldest first. */
export async function listCarryOversOf(db: Executor, boardId: string): Promise<CarryOverRecord[]> {
  const rows = await db
    .selectFrom('case_events as e')
    .innerJoin('boards as b', 'b.id', 'e.board_id')
    .innerJoin('boards as t', 't.id', 'e.to_board_id')
    .select([
      'e.case_id',
      'e.seq',
      'e.at',
      'b.id as from_id',
      'b.title as from_title',
      'b.starts_at as from_starts_at',
      't.id as to_id',
      't.title as to_title',
      't.starts_at as to_starts_at',
    ])
    .where('e.kind', '=', 'carried_over')
    .where((eb) => eb.or([eb('e.board_id', '=', boardId), eb('e.to_board_id', '=', boardId)]))
    .execute();
  // Instants are ISO strings of one length, so text order is time order; within one case the
  // sequence breaks ties.
  rows.sort(
    (a, b) =>
      (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) ||
      (a.case_id < b.case_id ? -1 : a.case_id > b.case_id ? 1 : 0) ||
      Number(a.seq) - Number(b.seq),
  );
  return rows.map((row) => ({
    caseId: row.case_id,
    from: { id: row.from_id, title: row.from_title, startsAt: row.from_starts_at },
    to: { id: row.to_id, title: row.to_title, startsAt: row.to_starts_at },
    at: row.at,
  }));
}

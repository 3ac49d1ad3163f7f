import { randomUUID } from 'node:crypto';
import {
  type CaseContent,
  CaseContentSchema,
  type CaseStatus,
  CaseStatusSchema,
  CLOSED_CASE_STATUSES,
  type Specialty,
  SpecialtySchema,
} from '@konsil/shared';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../schema';

/** Clinical content kept as JSON; consent, presenter and the home reference have columns of their own. */
export type StoredContent = Omit<CaseContent, 'consent' | 'homeReference' | 'presenterId'>;

export interface CaseRecord {
  id: string;
  boardId: string;
  homeInstitution: { id: string; code: string; name: string };
  pseudonym: string;
  position: number;
  allottedMinutes: number;
  status: CaseStatus;
  /** Why the case was deferred or is to be re-presented. */
  statusReason: string | null;
  version: number;
  presenter: { id: string; name: string; specialty: Specialty | null } | null;
  createdBy: string;
  consent: boolean;
  homeReference: string | null;
  content: CaseContent;
  createdAt: string;
  updatedAt: string;
}

type Executor = Kysely<Database>;

function selectCases(db: Executor) {
  return db
    .selectFrom('cases')
    .innerJoin('institutions', 'institutions.id', 'cases.home_institution_id')
    .leftJoin('users as presenter', 'presenter.id', 'cases.presenter_id')
    .select([
      'cases.id',
      'cases.board_id',
      'cases.pseudonym',
      'cases.position',
      'cases.allotted_minutes',
      'cases.status',
      'cases.status_reason',
      'cases.version',
      'cases.created_by',
      'cases.consent',
      'cases.home_reference',
      'cases.content',
      'cases.created_at',
      'cases.updated_at',
      'institutions.id as home_id',
      'institutions.code as home_code',
      'institutions.name as home_name',
      'presenter.id as presenter_id',
      'presenter.name as presenter_name',
      'presenter.specialty as presenter_specialty',
    ]);
}

type CaseRow = Awaited<ReturnType<ReturnType<typeof selectCases>['executeTakeFirstOrThrow']>>;

function toCaseRecord(row: CaseRow): CaseRecord {
  const consent = Number(row.consent) === 1;
  const stored: unknown = JSON.parse(row.content);
  // Stored content was validated on the way in; parsing again keeps old rows honest after schema changes.
  const content = CaseContentSchema.parse({
    ...(stored as object),
    consent,
    homeReference: row.home_reference,
    presenterId: row.presenter_id,
  });
  return {
    id: row.id,
    boardId: row.board_id,
    homeInstitution: { id: row.home_id, code: row.home_code, name: row.home_name },
    pseudonym: row.pseudonym,
    position: Number(row.position),
    allottedMinutes: Number(row.allotted_minutes),
    status: CaseStatusSchema.parse(row.status),
    statusReason: row.status_reason,
    version: Number(row.version),
    presenter:
      row.presenter_id && row.presenter_name
        ? {
            id: row.presenter_id,
            name: row.presenter_name,
            specialty:
              row.presenter_specialty === null
                ? null
                : SpecialtySchema.parse(row.presenter_specialty),
          }
        : null,
    createdBy: row.created_by,
    consent,
    homeReference: row.home_reference,
    content,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function storedContentOf(content: CaseContent): string {
  const {
    consent: _consent,
    homeReference: _homeReference,
    presenterId: _presenterId,
    ...clinical
  } = content;
  return JSON.stringify(clinical);
}

export async function listCasesOfBoard(db: Executor, boardId: string): Promise<CaseRecord[]> {
  const rows = await selectCases(db)
    .where('cases.board_id', '=', boardId)
    .orderBy('cases.position')
    .execute();
  return rows.map(toCaseRecord);
}

export async function findCase(
  db: Executor,
  boardId: string,
  caseId: string,
): Promise<CaseRecord | null> {
  const row = await selectCases(db)
    .where('cases.board_id', '=', boardId)
    .where('cases.id', '=', caseId)
    .executeTakeFirst();
  return row ? toCaseRecord(row) : null;
}

/** A case wherever it is now (it may have been carried over to another board). */
export async function findCaseById(db: Executor, caseId: string): Promise<CaseRecord | null> {
  const row = await selectCases(db).where('cases.id', '=', caseId).executeTakeFirst();
  return row ? toCaseRecord(row) : null;
}

export async function pseudonymExists(db: Executor, pseudonym: string): Promise<boolean> {
  const row = await db
    .selectFrom('cases')
    .select('id')
    .where('pseudonym', '=', pseudonym)
    .executeTakeFirst();
  return row !== undefined;
}

export interface NewCase {
  boardId: string;
  homeInstitutionId: string;
  pseudonym: string;
  allottedMinutes: number;
  status: CaseStatus;
  presenterId: string | null;
  createdBy: string;
  content: CaseContent;
  at: Date;
}

/** Appends the case at the end of the agenda. */
export async function insertCase(db: Executor, item: NewCase): Promise<string> {
  const id = randomUUID();
  const last = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('board_id', '=', item.boardId)
    .executeTakeFirst();
  const at = item.at.toISOString();
  await db
    .insertInto('cases')
    .values({
      id,
      board_id: item.boardId,
      home_institution_id: item.homeInstitutionId,
      pseudonym: item.pseudonym,
      position: Number(last?.position ?? 0) + 1,
      allotted_minutes: item.allottedMinutes,
      status: item.status,
      version: 1,
      presenter_id: item.presenterId,
      created_by: item.createdBy,
      consent: item.content.consent ? 1 : 0,
      home_reference: item.content.homeReference,
      content: storedContentOf(item.content),
      created_at: at,
      updated_at: at,
      submitted_at: item.status === 'draft' ? null : at,
    })
    .execute();
  return id;
}

/** The first time a case leaves draft is its submission; later changes keep that instant. */
function submittedAtAfter(eb: ExpressionBuilder<Database, 'cases'>, status: CaseStatus, at: Date) {
  return status === 'draft'
    ? eb.ref('submitted_at')
    : eb.fn.coalesce('submitted_at', eb.val(at.toISOString()));
}

/** Replaces the content if the case is still at `expectedVersion`. */
export async function updateCaseContent(
  db: Executor,
  caseId: string,
  expectedVersion: number,
  change: { content: CaseContent; presenterId: string | null; status: CaseStatus },
  at: Date,
): Promise<boolean> {
  const { content, presenterId, status } = change;
  const result = await db
    .updateTable('cases')
    .set((eb) => ({
      status,
      consent: content.consent ? 1 : 0,
      home_reference: content.homeReference,
      presenter_id: presenterId,
      content: storedContentOf(content),
      updated_at: at.toISOString(),
      submitted_at: submittedAtAfter(eb, status, at),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', caseId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateCaseStatus(
  db: Executor,
  caseId: string,
  expectedVersion: number,
  status: CaseStatus,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('cases')
    .set((eb) => ({
      status,
      updated_at: at.toISOString(),
      submitted_at: submittedAtAfter(eb, status, at),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', caseId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Closes an open case (decided, deferred, to be re-presented). False when it was closed
 * already — by someone else a moment ago, too: a closed case is reopened before it closes again.
 */
export async function closeCase(
  db: Executor,
  caseId: string,
  status: CaseStatus,
  reason: string | null,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('cases')
    .set((eb) => ({
      status,
      status_reason: reason,
      updated_at: at.toISOString(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', caseId)
    .where('status', 'not in', [...CLOSED_CASE_STATUSES])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts a closed case back before the board ('ready', no reason). False when it was not closed. */
export async function reopenCase(db: Executor, caseId: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('cases')
    .set((eb) => ({
      status: 'ready',
      status_reason: null,
      updated_at: at.toISOString(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', caseId)
    .where('status', 'in', [...CLOSED_CASE_STATUSES])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setCasePlacement(
  db: Executor,
  caseId: string,
  placement: { position: number; allottedMinutes: number },
): Promise<void> {
  await db
    .updateTable('cases')
    .set({ position: placement.position, allotted_minutes: placement.allottedMinutes })
    .where('id', '=', caseId)
    .execute();
}

/** The board a case belongs to, for endpoints addressed by case id alone (notes). */
export async function findBoardIdOfCase(db: Executor, caseId: string): Promise<string | null> {
  const row = await db
    .selectFrom('cases')
    .select('board_id')
    .where('id', '=', caseId)
    .executeTakeFirst();
  return row?.board_id ?? null;
}

export interface CaseMove {
  caseId: string;
  fromBoardId: string;
  toBoardId: string;
  /** The version the move was decided on; another change since then wins. */
  expectedVersion: number;
  /** The status it takes on the new agenda. */
  status: CaseStatus;
  at: Date;
}

/**
 * Moves a case that was not discussed to the end of another board's agenda. It keeps its id,
 * so its notes, recommendation, positions and history go with it. False when the case is no
 * longer where and as it was (moved or changed meanwhile).
 */
export async function moveCaseToBoard(db: Executor, move: CaseMove): Promise<boolean> {
  const last = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('board_id', '=', move.toBoardId)
    .executeTakeFirst();
  const result = await db
    .updateTable('cases')
    .set((eb) => ({
      board_id: move.toBoardId,
      position: Number(last?.position ?? 0) + 1,
      status: move.status,
      status_reason: null,
      updated_at: move.at.toISOString(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', move.caseId)
    .where('board_id', '=', move.fromBoardId)
    .where('status', '=', 'not_discussed')
    .where('version', '=', move.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

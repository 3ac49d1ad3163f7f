import {
  type CaseStatus,
  CaseStatusSchema,
  type Position,
  type PositionEntry,
  PositionEntrySchema,
  type RecommendationContent,
  RecommendationContentSchema,
} from '@konsil/shared';
import type { Kysely } from 'kysely';
import { dialectOf } from '../dialect';
import type { Database } from '../schema';

type Executor = Kysely<Database>;

export interface RecommendationRecord {
  content: RecommendationContent;
  version: number;
  updatedBy: { id: string; name: string; institution: { id: string; code: string } } | null;
  updatedAt: string;
}

export async function findRecommendation(
  db: Executor,
  caseId: string,
): Promise<RecommendationRecord | null> {
  const row = await db
    .selectFrom('case_recommendations as r')
    .leftJoin('users as u', 'u.id', 'r.updated_by')
    .leftJoin('institutions as i', 'i.id', 'u.institution_id')
    .select([
      'r.content',
      'r.version',
      'r.updated_at',
      'u.id as user_id',
      'u.name as user_name',
      'i.id as institution_id',
      'i.code as institution_code',
    ])
    .where('r.case_id', '=', caseId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    // Validated on the way in; parsing again keeps old rows honest after schema changes.
    content: RecommendationContentSchema.parse(JSON.parse(row.content)),
    version: Number(row.version),
    updatedBy:
      row.user_id && row.user_name && row.institution_id && row.institution_code
        ? {
            id: row.user_id,
            name: row.user_name,
            institution: { id: row.institution_id, code: row.institution_code },
          }
        : null,
    updatedAt: row.updated_at,
  };
}

/**
 * Stores the recommendation if it is still at `expectedVersion` (0: none yet), and keeps the
 * new version's text for the record. False when someone else saved first — the caller
 * answers 409. Run it in a transaction: the current row and the version row go together.
 */
export async function saveRecommendation(
  db: Executor,
  change: { caseId: string; expectedVersion: number; content: RecommendationContent },
  by: string,
  at: Date,
): Promise<boolean> {
  const saved = await replaceCurrentRecommendation(db, change, by, at);
  if (!saved) return false;
  await db
    .insertInto('case_recommendation_versions')
    .values({
      case_id: change.caseId,
      version: change.expectedVersion + 1,
      content: JSON.stringify(change.content),
      saved_by: by,
      saved_at: at.toISOString(),
    })
    .execute();
  return true;
}

async function replaceCurrentRecommendation(
  db: Executor,
  change: { caseId: string; expectedVersion: number; content: RecommendationContent },
  by: string,
  at: Date,
): Promise<boolean> {
  const content = JSON.stringify(change.content);
  const updatedAt = at.toISOString();
  if (change.expectedVersion === 0) {
    const result = await db
      .insertInto('case_recommendations')
      .values({
        case_id: change.caseId,
        content,
        version: 1,
        updated_by: by,
        updated_at: updatedAt,
      })
      .onConflict((conflict) => conflict.column('case_id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const result = await db
    .updateTable('case_recommendations')
    .set((eb) => ({
      content,
      updated_by: by,
      updated_at: updatedAt,
      version: eb('version', '+', 1),
    }))
    .where('case_id', '=', change.caseId)
    .where('version', '=', change.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every participant's position on a case, by institution code and then name. */
export async function listPositions(db: Executor, caseId: string): Promise<PositionEntry[]> {
  const rows = await db
    .selectFrom('case_positions as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .select([
      'p.position',
      'p.note',
      'p.stated_at',
      'p.recommendation_version',
      'u.id as user_id',
      'u.name as user_name',
      'i.id as institution_id',
      'i.code as institution_code',
    ])
    .where('p.case_id', '=', caseId)
    .execute();
  // Sorted here, not in SQL: the engines' collations would order names differently.
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort(
    (a, b) => byCode(a.institution_code, b.institution_code) || byCode(a.user_name, b.user_name),
  );
  return rows.map((row) =>
    PositionEntrySchema.parse({
      participant: {
        id: row.user_id,
        name: row.user_name,
        institution: { id: row.institution_id, code: row.institution_code },
      },
      position: row.position,
      note: row.note,
      statedAt: row.stated_at,
      recommendationVersion:
        row.recommendation_version === null ? null : Number(row.recommendation_version),
    }),
  );
}

/** States (or replaces) one participant's position on one recommendation version of a case. */
export async function statePosition(
  db: Executor,
  entry: {
    caseId: string;
    userId: string;
    position: Position;
    note: string;
    recommendationVersion: number;
  },
  at: Date,
): Promise<void> {
  const statedAt = at.toISOString();
  const version = entry.recommendationVersion;
  await db
    .insertInto('case_positions')
    .values({
      case_id: entry.caseId,
      user_id: entry.userId,
      position: entry.position,
      note: entry.note,
      stated_at: statedAt,
      recommendation_version: version,
    })
    .onConflict((conflict) =>
      conflict.columns(['case_id', 'user_id']).doUpdateSet({
        position: entry.position,
        note: entry.note,
        stated_at: statedAt,
        recommendation_version: version,
      }),
    )
    .execute();
}

/** The text of one saved recommendation version, or null when there is no such version. */
export async function findRecommendationVersion(
  db: Executor,
  caseId: string,
  version: number,
): Promise<RecommendationContent | null> {
  const row = await db
    .selectFrom('case_recommendation_versions')
    .select('content')
    .where('case_id', '=', caseId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? RecommendationContentSchema.parse(JSON.parse(row.content)) : null;
}

/** What a position is checked against, read inside its transaction. */
export interface DecisionState {
  status: CaseStatus;
  /** The current recommendation version; null while there is none. */
  recommendationVersion: number | null;
}

/**
 * The case's status, for a check that the write after it relies on. On PostgreSQL the row is
 * held (FOR SHARE) until the transaction ends, so a closing waits for the write; SQLite runs
 * one write transaction at a time. Null when the case is gone.
 */
export async function lockCaseStatus(db: Executor, caseId: string): Promise<CaseStatus | null> {
  const item = await db
    .selectFrom('cases')
    .select('status')
    .where('id', '=', caseId)
    .$if(dialectOf(db) === 'postgres', (query) => query.forShare())
    .executeTakeFirst();
  return item ? CaseStatusSchema.parse(item.status) : null;
}

/**
 * The case's status and current recommendation version, both held like `lockCaseStatus`: a new
 * version or a closing cannot commit between a position's check and its write. Case first, then
 * recommendation, always. Not for a transaction that then updates the recommendation (two such
 * savers would each wait for the other's shared lock): saving checks its version in the update.
 */
export async function lockDecisionState(
  db: Executor,
  caseId: string,
): Promise<DecisionState | null> {
  const status = await lockCaseStatus(db, caseId);
  if (status === null) return null;
  const recommendation = await db
    .selectFrom('case_recommendations')
    .select('version')
    .where('case_id', '=', caseId)
    .$if(dialectOf(db) === 'postgres', (query) => query.forShare())
    .executeTakeFirst();
  return { status, recommendationVersion: recommendation ? Number(recommendation.version) : null };
}

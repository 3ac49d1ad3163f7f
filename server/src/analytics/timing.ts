import { type AnalyticsFigures, DAYS_TO_DECISION_BUCKETS } from '@konsil/shared';
import { sql } from 'kysely';
import type { Db } from '../storage/db';
import { epochSecondsOf, floorOf } from '../storage/dialect';
import { minutesOf, nearestRank } from './numbers';
import { type AnalyticsScope, ofFilteredInstitution, readableCase, withScope } from './scope';

/**
 * How long each case was the current case of a board (its discussion spans summed), against
 * the minutes it was allotted. Cases never current at a board have no row.
 */
export async function timePerCase(
  db: Db,
  scope: AnalyticsScope,
): Promise<AnalyticsFigures['timePerCase']> {
  // A span still open when its board ended (none should be) ends with the board.
  const spanSeconds = sql<number>`${epochSecondsOf(db, sql`coalesce(d.ended_at, b.ended_at)`)} - ${epochSecondsOf(db, sql`d.started_at`)}`;
  const rows = await withScope(db, scope)
    .selectFrom('case_discussions as d')
    .innerJoin('scoped_boards as sb', 'sb.id', 'd.board_id')
    .innerJoin('boards as b', 'b.id', 'd.board_id')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .where(readableCase(scope))
    .where(ofFilteredInstitution(scope))
    .select((eb) => [
      'sb.id as board_id',
      'sb.title',
      'sb.local_date',
      'sb.starts_at',
      'c.id as case_id',
      'c.pseudonym',
      'c.allotted_minutes',
      eb.fn.sum<number>(spanSeconds).as('seconds'),
    ])
    .groupBy([
      'sb.id',
      'sb.title',
      'sb.local_date',
      'sb.starts_at',
      'c.id',
      'c.pseudonym',
      'c.allotted_minutes',
    ])
    .orderBy('sb.starts_at')
    .orderBy('c.pseudonym')
    .execute();
  return rows.map((row) => ({
    boardId: row.board_id,
    boardTitle: row.title,
    localDate: row.local_date,
    caseId: row.case_id,
    pseudonym: row.pseudonym,
    allottedMinutes: row.allotted_minutes,
    actualMinutes: Math.max(0, minutesOf(Number(row.seconds))),
  }));
}

/** Days from submission to decision: per decided case, grouped into buckets, median and quartiles. */
export async function daysToDecision(
  db: Db,
  scope: AnalyticsScope,
): Promise<AnalyticsFigures['daysToDecision']> {
  // Whole days (24 h) from the case's submission to its closing as decided.
  const days = floorOf(
    db,
    sql<number>`(${epochSecondsOf(db, sql`k.at`)} - ${epochSecondsOf(db, sql`k.submitted_at`)}) / 86400.0`,
  );
  const decided = withScope(db, scope)
    .selectFrom('closings as k')
    .where('k.outcome', '=', 'decided')
    .where('k.submitted_at', 'is not', null);
  const cases = await decided
    .innerJoin('scoped_boards as sb', 'sb.id', 'k.board_id')
    .select([
      'k.case_id',
      'k.pseudonym',
      'k.board_id',
      'sb.title',
      'k.submitted_at',
      'k.at',
      days.as('days'),
    ])
    .orderBy('days')
    .orderBy('k.at')
    .execute();
  const bucket = sql<string>`case when ${days} <= 7 then '0-7' when ${days} <= 14 then '8-14' when ${days} <= 28 then '15-28' when ${days} <= 56 then '29-56' else '57+' end`;
  const grouped = await decided
    .select((eb) => [bucket.as('bucket'), eb.fn.countAll().as('cases')])
    .groupBy(bucket)
    .execute();
  const perBucket = new Map(grouped.map((row) => [row.bucket, Number(row.cases)]));
  const sorted = cases.map((row) => Number(row.days));
  return {
    buckets: DAYS_TO_DECISION_BUCKETS.map((name) => ({
      bucket: name,
      cases: perBucket.get(name) ?? 0,
    })),
    median: nearestRank(sorted, 0.5),
    lowerQuartile: nearestRank(sorted, 0.25),
    upperQuartile: nearestRank(sorted, 0.75),
    cases: cases.map((row) => ({
      caseId: row.case_id,
      pseudonym: row.pseudonym,
      boardId: row.board_id,
      boardTitle: row.title,
      submittedAt: row.submitted_at ?? '',
      decidedAt: row.at,
      days: Math.max(0, Number(row.days)),
    })),
  };
}

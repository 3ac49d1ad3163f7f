import type { AnalyticsFigures } from '@konsil/shared';
import { CLOSING_KINDS } from '@konsil/shared';
import type { Db } from '../storage/db';
import { rateOf } from './numbers';
import { type AnalyticsScope, withScope } from './scope';

/** Cases discussed (closed), decided and not reached, per ended board in scope. */
export async function casesPerBoard(
  db: Db,
  scope: AnalyticsScope,
): Promise<AnalyticsFigures['casesPerBoard']> {
  const rows = await withScope(db, scope)
    .selectFrom('scoped_boards as sb')
    .select((eb) => [
      'sb.id',
      'sb.title',
      'sb.starts_at',
      'sb.local_date',
      'sb.time_zone',
      eb
        .selectFrom('closings as k')
        .select(eb.fn.countAll().as('n'))
        .whereRef('k.board_id', '=', 'sb.id')
        .as('discussed'),
      eb
        .selectFrom('closings as k')
        .select(eb.fn.countAll().as('n'))
        .whereRef('k.board_id', '=', 'sb.id')
        .where('k.outcome', '=', 'decided')
        .as('decided'),
      eb
        .selectFrom('case_marks as m')
        .select(eb.fn.countAll().as('n'))
        .whereRef('m.board_id', '=', 'sb.id')
        .where('m.kind', '=', 'not_discussed')
        .as('not_discussed'),
    ])
    .orderBy('sb.starts_at')
    .orderBy('sb.id')
    .execute();
  return rows.map((row) => ({
    boardId: row.id,
    title: row.title,
    startsAt: row.starts_at,
    localDate: row.local_date,
    timeZone: row.time_zone,
    discussed: Number(row.discussed ?? 0),
    decided: Number(row.decided ?? 0),
    notDiscussed: Number(row.not_discussed ?? 0),
  }));
}

/** The same counts per month of the boards' local start dates, with the number of boards. */
export async function casesPerMonth(
  db: Db,
  scope: AnalyticsScope,
): Promise<AnalyticsFigures['casesPerMonth']> {
  const rows = await withScope(db, scope)
    .selectFrom('scoped_boards as sb')
    .select((eb) => [
      'sb.month',
      eb.fn.countAll().as('boards'),
      eb
        .selectFrom('closings as k')
        .select(eb.fn.countAll().as('n'))
        .whereRef('k.month', '=', 'sb.month')
        .as('discussed'),
      eb
        .selectFrom('closings as k')
        .select(eb.fn.countAll().as('n'))
        .whereRef('k.month', '=', 'sb.month')
        .where('k.outcome', '=', 'decided')
        .as('decided'),
      eb
        .selectFrom('case_marks as m')
        .select(eb.fn.countAll().as('n'))
        .whereRef('m.month', '=', 'sb.month')
        .where('m.kind', '=', 'not_discussed')
        .as('not_discussed'),
    ])
    .groupBy('sb.month')
    .orderBy('sb.month')
    .execute();
  return rows.map((row) => ({
    month: row.month,
    boards: Number(row.boards),
    discussed: Number(row.discussed ?? 0),
    decided: Number(row.decided ?? 0),
    notDiscussed: Number(row.not_discussed ?? 0),
  }));
}

/**
 * How the cases on the agendas ended: decided, deferred and re_present out of the cases closed;
 * not_discussed and carried_over out of every case on the agenda (closed or not reached).
 */
export async function closingRates(
  db: Db,
  scope: AnalyticsScope,
): Promise<AnalyticsFigures['closingRates']> {
  const closed = await withScope(db, scope)
    .selectFrom('closings')
    .select((eb) => ['outcome', eb.fn.countAll().as('cases')])
    .groupBy('outcome')
    .execute();
  const marked = await withScope(db, scope)
    .selectFrom('case_marks')
    .select((eb) => ['kind', eb.fn.countAll().as('cases')])
    .groupBy('kind')
    .execute();
  const counts = new Map<string, number>();
  for (const row of closed) counts.set(row.outcome ?? '', Number(row.cases));
  for (const row of marked) counts.set(row.kind, Number(row.cases));
  const countOf = (kind: string) => counts.get(kind) ?? 0;
  const closedTotal = countOf('decided') + countOf('deferred') + countOf('re_present');
  const onAgenda = closedTotal + countOf('not_discussed');
  return CLOSING_KINDS.map((kind) => {
    const outOf = kind === 'not_discussed' || kind === 'carried_over' ? onAgenda : closedTotal;
    return { kind, cases: countOf(kind), outOf, rate: rateOf(countOf(kind), outOf) };
  });
}

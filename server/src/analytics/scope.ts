import type { TumorEntity } from '@konsil/shared';
import { sql } from 'kysely';
import type { Db } from '../storage/db';

/**
 * What a viewer's analytics cover: ended boards their institution takes part in, narrowed by the
 * filters, and of those boards' cases only the ones the viewer could read (shared with consent,
 * or of the viewer's own institution) — the case read rule, so nothing counts that they could
 * not open.
 */
export interface AnalyticsScope {
  viewerInstitutionId: string;
  from: string | null;
  to: string | null;
  series: string | null;
  /** Cases of this home institution, boards it takes part in, its attendees. */
  institutionId: string | null;
  entity: TumorEntity | null;
}

/** The case read rule for a case aliased `c`: shared with consent, or of the viewer's institution. */
export const readableCase = (scope: AnalyticsScope) =>
  sql<boolean>`(c.consent = 1 or c.home_institution_id = ${scope.viewerInstitutionId})`;

/** The institution filter for a case aliased `c`. */
export const ofFilteredInstitution = (scope: AnalyticsScope) =>
  scope.institutionId
    ? sql<boolean>`c.home_institution_id = ${scope.institutionId}`
    : sql<boolean>`1 = 1`;

/**
 * The common start of every figure's query, as CTEs:
 * - `scoped_boards`: the boards counted, with their local date and month;
 * - `closings`: how each readable case was last closed at one of them (decided, deferred,
 *   re_present), with the instant and the board's month;
 * - `case_marks`: readable cases a board ended without reaching (`not_discussed`) or moved on
 *   (`carried_over`), once per case and board.
 */
export function withScope(db: Db, scope: AnalyticsScope) {
  const readable = readableCase(scope);
  const ofInstitution = ofFilteredInstitution(scope);
  return db
    .with('scoped_boards', (qc) =>
      qc
        .selectFrom('boards as b')
        .select([
          'b.id',
          'b.title',
          'b.starts_at',
          'b.time_zone',
          sql<string>`b.local_start_date`.as('local_date'),
          sql<string>`substr(b.local_start_date, 1, 7)`.as('month'),
        ])
        .where('b.status', '=', 'ended')
        .where('b.local_start_date', 'is not', null)
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('board_institutions as bi')
              .select('bi.board_id')
              .whereRef('bi.board_id', '=', 'b.id')
              .where('bi.institution_id', '=', scope.viewerInstitutionId),
          ),
        )
        .$if(scope.institutionId !== null, (qb) =>
          qb.where(({ exists, selectFrom }) =>
            exists(
              selectFrom('board_institutions as fi')
                .select('fi.board_id')
                .whereRef('fi.board_id', '=', 'b.id')
                .where('fi.institution_id', '=', scope.institutionId ?? ''),
            ),
          ),
        )
        .$if(scope.from !== null, (qb) => qb.where('b.local_start_date', '>=', scope.from ?? ''))
        .$if(scope.to !== null, (qb) => qb.where('b.local_start_date', '<=', scope.to ?? ''))
        .$if(scope.series !== null, (qb) => qb.where('b.title', '=', scope.series ?? ''))
        .$if(scope.entity !== null, (qb) => qb.where('b.tumor_entity', '=', scope.entity)),
    )
    .with('closings', (qc) =>
      qc
        .selectFrom('case_events as e')
        .innerJoin('scoped_boards as sb', 'sb.id', 'e.board_id')
        .innerJoin('cases as c', 'c.id', 'e.case_id')
        .select([
          'e.board_id',
          'e.case_id',
          'e.outcome',
          'e.at',
          'sb.month',
          'c.pseudonym',
          'c.submitted_at',
        ])
        .where('e.kind', '=', 'closed')
        .where(readable)
        .where(ofInstitution)
        // A case reopened and closed again at the same board counts with its last closing.
        .where('e.seq', '=', (eb) =>
          eb
            .selectFrom('case_events as later')
            .select((inner) => inner.fn.max('later.seq').as('seq'))
            .whereRef('later.case_id', '=', 'e.case_id')
            .whereRef('later.board_id', '=', 'e.board_id')
            .where('later.kind', '=', 'closed'),
        ),
    )
    .with('case_marks', (qc) =>
      qc
        .selectFrom('case_events as e')
        .innerJoin('scoped_boards as sb', 'sb.id', 'e.board_id')
        .innerJoin('cases as c', 'c.id', 'e.case_id')
        .select(['e.board_id', 'e.case_id', 'e.kind', 'sb.month'])
        .distinct()
        .where('e.kind', 'in', ['not_discussed', 'carried_over'])
        .where(readable)
        .where(ofInstitution),
    );
}

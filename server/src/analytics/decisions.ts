import { ANALYTICS_INTENTS, type AnalyticsFigures, MODALITIES } from '@konsil/shared';
import { sql } from 'kysely';
import type { Db } from '../storage/db';
import { jsonArrayHolds, jsonBooleanOf, jsonTextOf } from '../storage/dialect';
import { rateOf } from './numbers';
import { type AnalyticsScope, withScope } from './scope';

/** Decided cases in scope with their current recommendation (none: the content is null). */
function decidedCases(db: Db, scope: AnalyticsScope) {
  return withScope(db, scope)
    .selectFrom('closings as k')
    .leftJoin('case_recommendations as r', 'r.case_id', 'k.case_id')
    .where('k.outcome', '=', 'decided');
}

/** Decided cases by the recommendation's intent; every intent has a row, `not_stated` last. */
export async function decisionsByIntent(
  db: Db,
  scope: AnalyticsScope,
): Promise<AnalyticsFigures['decisionsByIntent']> {
  const intent = sql<string>`coalesce(${jsonTextOf(db, 'r.content', 'intent')}, 'not_stated')`;
  const rows = await decidedCases(db, scope)
    .select((eb) => [intent.as('intent'), eb.fn.countAll().as('cases')])
    .groupBy(intent)
    .execute();
  const counts = new Map(rows.map((row) => [row.intent, Number(row.cases)]));
  return ANALYTICS_INTENTS.map((name) => ({ intent: name, cases: counts.get(name) ?? 0 }));
}

/** Decided cases per modality named in the recommendation; a case counts under each it names. */
export async function decisionsByModality(
  db: Db,
  scope: AnalyticsScope,
): Promise<AnalyticsFigures['decisionsByModality']> {
  const row = await decidedCases(db, scope)
    .select((eb) =>
      MODALITIES.map((modality) =>
        eb.fn
          .sum<number>(
            sql`case when ${jsonArrayHolds(db, 'r.content', 'modalities', modality)} then 1 else 0 end`,
          )
          .as(modality),
      ),
    )
    .executeTakeFirst();
  const counts = (row ?? {}) as Record<string, unknown>;
  return MODALITIES.map((modality) => ({ modality, cases: Number(counts[modality] ?? 0) }));
}

/**
 * Of the decided cases, those whose recommendation says whether it follows the guideline
 * (assessed), and those that do (concordant): per month and in total.
 */
export async function guidelineConcordance(
  db: Db,
  scope: AnalyticsScope,
): Promise<AnalyticsFigures['guidelineConcordance']> {
  const concordant = jsonBooleanOf(db, 'r.content', 'isGuidelineConcordant');
  const counts = decidedCases(db, scope).select((eb) => [
    eb.fn.countAll().as('decided'),
    eb.fn.count(concordant).as('assessed'),
    eb.fn.sum<number>(sql`case when ${concordant} = 1 then 1 else 0 end`).as('concordant'),
  ]);
  const byMonth = await counts.select('k.month').groupBy('k.month').orderBy('k.month').execute();
  const total = await counts.executeTakeFirst();
  const present = (
    row: { decided: unknown; assessed: unknown; concordant: unknown } | undefined,
  ) => {
    const assessed = Number(row?.assessed ?? 0);
    const isConcordant = Number(row?.concordant ?? 0);
    return {
      decided: Number(row?.decided ?? 0),
      assessed,
      concordant: isConcordant,
      rate: rateOf(isConcordant, assessed),
    };
  };
  return {
    byMonth: byMonth.map((row) => ({ month: row.month, ...present(row) })),
    total: present(total),
  };
}

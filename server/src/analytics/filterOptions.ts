import { type AnalyticsResponse, TumorEntitySchema } from '@konsil/shared';
import type { Db } from '../storage/db';
import { withScope } from './scope';

/** What the viewer may filter by: taken from every ended board in their scope, unfiltered. */
export async function filterOptions(
  db: Db,
  viewerInstitutionId: string,
): Promise<AnalyticsResponse['options']> {
  const all = {
    viewerInstitutionId,
    from: null,
    to: null,
    series: null,
    institutionId: null,
    entity: null,
  };
  const series = await withScope(db, all)
    .selectFrom('scoped_boards')
    .select('title')
    .distinct()
    .orderBy('title')
    .execute();
  const institutions = await withScope(db, all)
    .selectFrom('board_institutions as bi')
    .innerJoin('scoped_boards as sb', 'sb.id', 'bi.board_id')
    .innerJoin('institutions as i', 'i.id', 'bi.institution_id')
    .select(['i.id', 'i.code', 'i.name'])
    .distinct()
    .orderBy('i.code')
    .execute();
  const entities = await withScope(db, all)
    .selectFrom('scoped_boards as sb')
    .innerJoin('boards as b', 'b.id', 'sb.id')
    .select('b.tumor_entity')
    .distinct()
    .where('b.tumor_entity', 'is not', null)
    .orderBy('b.tumor_entity')
    .execute();
  return {
    series: series.map((row) => row.title),
    institutions,
    entities: entities.flatMap((row) => {
      const parsed = TumorEntitySchema.safeParse(row.tumor_entity);
      return parsed.success ? [parsed.data] : [];
    }),
  };
}

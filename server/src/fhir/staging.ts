import type { StagingInput } from '@konsil/shared';
import type { PathNote } from './fhirValues';
import { isUiccStage, type TnmReading } from './observations';

/**
 * One staging from many Observations: per axis the pathological reading wins over
 * the clinical one; all readings must name the same TNM edition.
 */
export function stagingFrom(
  readings: TnmReading[],
  problems: PathNote[],
  unmapped: PathNote[],
  sources: Map<string, string>,
): StagingInput {
  const staging: StagingInput = {
    notApplicable: false,
    edition: null,
    t: null,
    n: null,
    m: null,
    uiccStage: null,
    grade: null,
  };
  const editionSource = readings.find((reading) => reading.edition !== null);
  for (const reading of readings) {
    if (reading.edition && editionSource?.edition && reading.edition !== editionSource.edition)
      problems.push({
        path: reading.path,
        code: 'tnm_edition_conflict',
        params: {
          edition: reading.edition,
          otherEdition: editionSource.edition,
          otherPath: editionSource.path,
        },
        reason: `TNM edition ${reading.edition} differs from edition ${editionSource.edition} at ${editionSource.path}`,
      });
  }
  if (editionSource?.edition) staging.edition = editionSource.edition;
  const editionPath = (editionSource ?? readings[0])?.path;
  if (editionPath) sources.set('staging.edition', editionPath);
  for (const axis of ['t', 'n', 'm', 'stage'] as const) {
    const forAxis = readings.filter((reading) => reading.axis === axis);
    const chosen = forAxis.find((reading) => reading.classification === 'p') ?? forAxis[0];
    if (!chosen) continue;
    for (const other of forAxis)
      if (other !== chosen)
        unmapped.push({
          path: other.path,
          code: 'tnm_reading_superseded',
          reason: 'Superseded by another reading of the same TNM axis',
        });
    if (axis === 'stage') {
      staging.uiccStage = isUiccStage(chosen.value) ? chosen.value : null;
      sources.set('staging.uiccStage', chosen.path);
    } else {
      staging[axis] = { prefix: chosen.prefix ?? chosen.classification, category: chosen.value };
      sources.set(`staging.${axis}`, chosen.path);
    }
  }
  return staging;
}

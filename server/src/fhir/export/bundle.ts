import type { PositionEntry } from '@konsil/shared';
import type { BoardRecord } from '../../storage/repositories/boards';
import type { CaseRecord } from '../../storage/repositories/cases';
import type { RecommendationRecord } from '../../storage/repositories/decisions';
import type { SignedMinutesRecord } from '../../storage/repositories/minutes';
import { carePlanOf } from './carePlan';
import { priorTherapiesOf, referencesOf } from './clinicalRecords';
import { compositionOf } from './composition';
import { conditionOf } from './condition';
import { type FhirResource, KONSIL } from './konsilSystems';
import { clinicalObservationsOf } from './observations';
import { patientOf } from './patient';
import { positionsOf } from './positions';
import { reviewOf } from './review';

export interface CaseExport {
  item: CaseRecord;
  /** The caller checked `case:readHomeReference` and the reader asked for it. */
  withHomeReference: boolean;
  recommendation: RecommendationRecord | null;
  positions: PositionEntry[];
}

export interface ExportInput {
  /** What the bundle is the export of: its identifier stays the same across exports. */
  scope: { kind: 'case' | 'board'; id: string };
  board: BoardRecord;
  /** When the board was held: its actual start, else its scheduled start. */
  heldAt: string;
  cases: CaseExport[];
  /** The latest signed minutes and the version they amend; null while unsigned. */
  minutes: { latest: SignedMinutesRecord; previous: SignedMinutesRecord | null } | null;
  timestamp: string;
}

export interface FhirBundle {
  resourceType: 'Bundle';
  identifier: { system: string; value: string };
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
}

/**
 * One case's resources, in the order the importer reads a case: the subject, the diagnosis,
 * clinical observations and records, then the board's review, plan and positions.
 * Returns them with the resources the minutes' section of this case points to.
 */
function caseResources(
  input: ExportInput,
  exported: CaseExport,
): { resources: FhirResource[]; sectionEntries: FhirResource[] } {
  const { item, recommendation } = exported;
  const patient = patientOf(item, exported.withHomeReference);
  const condition = conditionOf(item, patient);
  const review = reviewOf({ item, board: input.board, heldAt: input.heldAt, patient, condition });
  const carePlan = recommendation
    ? carePlanOf({ item, recommendation, patient, condition, review })
    : null;
  const positions = positionsOf({
    item,
    positions: exported.positions,
    currentVersion: recommendation?.version ?? null,
    patient,
    carePlan,
  });
  const resources = [
    patient,
    ...(condition ? [condition] : []),
    ...clinicalObservationsOf({ item, patient, condition }),
    ...referencesOf(item, patient),
    ...priorTherapiesOf(item, patient),
    review,
    ...(carePlan ? [carePlan] : []),
    ...positions,
  ];
  return { resources, sectionEntries: carePlan ? [review, carePlan] : [review] };
}

/** A FHIR R4 collection Bundle of the given cases and, once signed, the board's minutes. */
export function exportBundle(input: ExportInput): FhirBundle {
  const resources: FhirResource[] = [];
  const sectionEntries = new Map<string, FhirResource[]>();
  for (const exported of input.cases) {
    const built = caseResources(input, exported);
    resources.push(...built.resources);
    sectionEntries.set(exported.item.id, built.sectionEntries);
  }
  const composition = input.minutes
    ? compositionOf({ ...input.minutes, entries: sectionEntries })
    : null;
  if (composition) resources.push(composition);
  return {
    resourceType: 'Bundle',
    identifier: { system: KONSIL.export, value: `${input.scope.kind}/${input.scope.id}` },
    type: 'collection',
    timestamp: input.timestamp,
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}

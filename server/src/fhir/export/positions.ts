import type { PositionEntry } from '@konsil/shared';
import type { CaseRecord } from '../../storage/repositories/cases';
import {
  type FhirResource,
  KONSIL,
  KONSIL_EXTENSION,
  referenceTo,
  SYSTEM,
  stableUuid,
} from './konsilSystems';

const POSITION_DISPLAY = { agree: 'Agree', disagree: 'Disagree', abstain: 'Abstain' } as const;

export interface PositionsInput {
  item: CaseRecord;
  positions: PositionEntry[];
  /** The current recommendation version: only positions on it count in the tally. */
  currentVersion: number | null;
  patient: FhirResource;
  carePlan: FhirResource | null;
}

/**
 * Each participant's position as an Observation: it is one person's assessment, at a time, of
 * one thing (the recommendation, its `focus`), with a coded answer — what Observation is for,
 * while an Annotation on the CarePlan could carry neither the code nor the version. Category
 * `survey` (an answer to an assessment question); the importer skips that category, so
 * positions never come back as biomarkers.
 */
export function positionsOf({
  item,
  positions,
  currentVersion,
  patient,
  carePlan,
}: PositionsInput): FhirResource[] {
  return positions.map((entry) => {
    const isCounted =
      entry.recommendationVersion !== null && entry.recommendationVersion === currentVersion;
    return {
      resourceType: 'Observation',
      id: stableUuid(item.id, 'position', entry.participant.id),
      extension: [
        ...(entry.recommendationVersion !== null
          ? [
              {
                url: KONSIL_EXTENSION.recommendationVersion,
                valuePositiveInt: entry.recommendationVersion,
              },
            ]
          : []),
        { url: KONSIL_EXTENSION.positionCounted, valueBoolean: isCounted },
      ],
      status: 'final',
      category: [{ coding: [{ system: SYSTEM.observationCategory, code: 'survey' }] }],
      code: {
        coding: [{ system: KONSIL.boardItem, code: 'position' }],
        text: 'Position on the tumor board recommendation',
      },
      subject: referenceTo(patient),
      ...(carePlan ? { focus: [referenceTo(carePlan)] } : {}),
      effectiveDateTime: entry.statedAt,
      performer: [{ display: `${entry.participant.name} (${entry.participant.institution.code})` }],
      valueCodeableConcept: {
        coding: [
          {
            system: KONSIL.position,
            code: entry.position,
            display: POSITION_DISPLAY[entry.position],
          },
        ],
      },
      ...(entry.note ? { note: [{ text: entry.note }] } : {}),
    };
  });
}

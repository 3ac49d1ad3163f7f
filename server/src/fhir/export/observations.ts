import type { TnmPrefix } from '@konsil/shared';
import type { CaseRecord } from '../../storage/repositories/cases';
import { type FhirResource, referenceTo, SYSTEM, stableUuid } from './konsilSystems';

type Axis = 't' | 'n' | 'm' | 'stage';

/** LOINC codes of the TNM Observations: clinical and pathological (mCODE, MII oncology). */
const TNM_LOINC: Record<'c' | 'p', Record<Axis, { code: string; text: string }>> = {
  c: {
    t: { code: '21905-5', text: 'Primary tumor, clinical' },
    n: { code: '21906-3', text: 'Regional lymph nodes, clinical' },
    m: { code: '21907-1', text: 'Distant metastases, clinical' },
    stage: { code: '21908-9', text: 'Stage group, clinical' },
  },
  p: {
    t: { code: '21899-0', text: 'Primary tumor, pathological' },
    n: { code: '21900-6', text: 'Regional lymph nodes, pathological' },
    m: { code: '21901-4', text: 'Distant metastases, pathological' },
    stage: { code: '21902-2', text: 'Stage group, pathological' },
  },
};
const ECOG_LOINC = '89247-1';
const HISTOLOGY_LOINC = '59847-4';

const category = (code: string) => [{ coding: [{ system: SYSTEM.observationCategory, code }] }];

interface Context {
  item: CaseRecord;
  patient: FhirResource;
  condition: FhirResource | null;
}

function observation(
  { item, patient }: Context,
  key: string,
  body: Record<string, unknown>,
): FhirResource {
  return {
    resourceType: 'Observation',
    id: stableUuid(item.id, 'observation', key),
    status: 'final',
    ...body,
    subject: referenceTo(patient),
  };
}

/** The classification a TNM prefix belongs to: yp (after neoadjuvant therapy) is pathological. */
const classificationOf = (prefix: TnmPrefix): 'c' | 'p' => (prefix === 'c' ? 'c' : 'p');

/**
 * Staging as one Observation per TNM category and one for the UICC stage group, valued in the
 * UICC system with the edition as the coding's version (`cT2a`, `ypN1`, `IIIB`): the shape the
 * importer reads. The stage group is pathological when the T category is.
 */
function stagingObservations(context: Context): FhirResource[] {
  const { staging } = context.item.content;
  if (staging.notApplicable) return [];
  const focus = context.condition ? { focus: [referenceTo(context.condition)] } : {};
  const valued = (code: string) => ({
    valueCodeableConcept: {
      coding: [
        {
          system: SYSTEM.uicc,
          ...(staging.edition ? { version: staging.edition } : {}),
          code,
        },
      ],
      text: code,
    },
  });
  const resources: FhirResource[] = [];
  for (const axis of ['t', 'n', 'm'] as const) {
    const value = staging[axis];
    if (!value) continue;
    const loinc = TNM_LOINC[classificationOf(value.prefix)][axis];
    resources.push(
      observation(context, `tnm-${axis}`, {
        category: category('exam'),
        code: { coding: [{ system: SYSTEM.loinc, code: loinc.code }], text: loinc.text },
        ...focus,
        ...valued(`${value.prefix}${value.category}`),
      }),
    );
  }
  if (staging.uiccStage) {
    const loinc = TNM_LOINC[staging.t ? classificationOf(staging.t.prefix) : 'c'].stage;
    resources.push(
      observation(context, 'tnm-stage', {
        category: category('exam'),
        code: { coding: [{ system: SYSTEM.loinc, code: loinc.code }], text: loinc.text },
        ...focus,
        ...valued(staging.uiccStage),
      }),
    );
  }
  return resources;
}

/**
 * Clinical Observations of a case: TNM and stage group, histology (ICD-O-3 morphology), ECOG,
 * biomarkers as name + result, PROM scores. Biomarkers are `laboratory` so the importer reads
 * them back; PROM scores are `survey`, which it skips: it scores questionnaires itself and
 * takes no finished scores.
 */
export function clinicalObservationsOf(context: Context): FhirResource[] {
  const { content } = context.item;
  const resources = stagingObservations(context);
  if (content.diagnosis.morphology) {
    resources.push(
      observation(context, 'histology', {
        category: category('laboratory'),
        code: {
          coding: [{ system: SYSTEM.loinc, code: HISTOLOGY_LOINC }],
          text: 'Histology and behavior (ICD-O-3)',
        },
        ...(context.condition ? { focus: [referenceTo(context.condition)] } : {}),
        valueCodeableConcept: {
          coding: [{ system: SYSTEM.icdO3, code: content.diagnosis.morphology }],
        },
      }),
    );
  }
  if (content.ecog !== null) {
    resources.push(
      observation(context, 'ecog', {
        category: category('survey'),
        code: {
          coding: [{ system: SYSTEM.loinc, code: ECOG_LOINC }],
          text: 'ECOG performance status',
        },
        valueInteger: content.ecog,
      }),
    );
  }
  for (const [index, biomarker] of content.biomarkers.entries()) {
    resources.push(
      observation(context, `biomarker-${index}`, {
        category: category('laboratory'),
        code: { text: biomarker.name },
        valueString: biomarker.result,
      }),
    );
  }
  for (const [index, prom] of content.proms.entries()) {
    resources.push(
      observation(context, `prom-${index}`, {
        category: category('survey'),
        code: { text: `${prom.instrument}: ${prom.scale}` },
        effectiveDateTime: prom.date,
        valueQuantity: { value: prom.score, unit: 'score (0-100)' },
      }),
    );
  }
  return resources;
}

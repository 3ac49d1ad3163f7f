import {
  TNM_EDITIONS,
  type TnmEdition,
  type TnmPrefix,
  UICC_STAGES,
  type UiccStage,
} from '@konsil/shared';
import {
  asArray,
  asString,
  codingsOf,
  conceptText,
  type FhirRecord,
  findCoding,
  isRecord,
  type PathNote,
  SYSTEMS,
  truncate,
} from './fhirValues';

type Axis = 't' | 'n' | 'm';

/** LOINC codes of the TNM Observations (mCODE value sets, MII oncology TNM profiles). */
const TNM_LOINC: Record<string, { axis: Axis | 'stage'; classification: 'c' | 'p' }> = {
  '21905-5': { axis: 't', classification: 'c' },
  '21906-3': { axis: 'n', classification: 'c' },
  '21907-1': { axis: 'm', classification: 'c' },
  '21908-9': { axis: 'stage', classification: 'c' },
  '21899-0': { axis: 't', classification: 'p' },
  '21900-6': { axis: 'n', classification: 'p' },
  '21901-4': { axis: 'm', classification: 'p' },
  '21902-2': { axis: 'stage', classification: 'p' },
};
export const ECOG_LOINC = '89247-1';
/** Histology (ICD-O-3 morphology) Observation of the MII oncology module. */
export const HISTOLOGY_LOINC = '59847-4';
/** LOINC answer codes of the ECOG scale, grade 0 to 5. */
const ECOG_ANSWERS = ['LA9622-7', 'LA9623-5', 'LA9624-3', 'LA9625-0', 'LA9626-8', 'LA9627-6'];
const TNM_VALUE_SYSTEMS = [SYSTEMS.uicc, SYSTEMS.ajcc];

const GENOMIC = {
  variantAssessment: '69548-6',
  geneStudied: '48018-6',
  aminoAcidChange: '48005-3',
  dnaChange: '48004-6',
} as const;

export type ObservationKind = 'tnm' | 'ecog' | 'histology' | 'other';

export function classifyObservation(observation: FhirRecord): ObservationKind {
  const loinc = findCoding(observation.code, SYSTEMS.loinc)?.code ?? null;
  if (loinc && loinc in TNM_LOINC) return 'tnm';
  if (loinc === ECOG_LOINC) return 'ecog';
  if (loinc === HISTOLOGY_LOINC) return 'histology';
  return 'other';
}

export interface TnmReading {
  axis: Axis | 'stage';
  classification: 'c' | 'p';
  prefix: TnmPrefix | null;
  value: string;
  edition: TnmEdition | null;
  path: string;
}

function editionFrom(text: string | null): TnmEdition | null {
  if (!text) return null;
  const match = /(?:^|[^0-9])([89])(?:th|\.|\b)/i.exec(text);
  return TNM_EDITIONS.find((edition) => edition === match?.[1]) ?? null;
}

function tnmEdition(observation: FhirRecord): TnmEdition | null {
  const candidates = [
    findCoding(observation.code, SYSTEMS.loinc)?.version ?? null,
    ...codingsOf(observation.method).flatMap((coding) => [coding.code, coding.display]),
    isRecord(observation.method) ? asString(observation.method.text) : null,
  ];
  for (const candidate of candidates) {
    const edition = editionFrom(candidate);
    if (edition) return edition;
  }
  return null;
}

const PREFIX_CODES: Record<string, TnmPrefix> = { c: 'c', p: 'p', yp: 'yp' };

/** The c/p prefix the MII TNM profile puts in an extension on the component. */
function prefixExtension(holder: FhirRecord): string | null {
  for (const extension of asArray(holder.extension)) {
    if (!isRecord(extension)) continue;
    const code = codingsOf(extension.valueCodeableConcept)[0]?.code;
    if (code) return code;
  }
  return null;
}

/**
 * Reads a TNM category or stage-group Observation, and the T/N/M components the
 * MII oncology TNM profile puts inside one stage-group Observation. Values must be
 * coded in UICC or AJCC TNM; `cT2a`, `T2a` and `2a` are all read as T2a. The edition
 * comes from the value's version, the method (MII mii-cs-onko-tnm-version, mCODE
 * staging system) or the version on the Observation's code.
 */
export function readTnm(
  observation: FhirRecord,
  path: string,
  problems: PathNote[],
  unmapped: PathNote[],
): TnmReading[] {
  const components = asArray(observation.component).flatMap((component, index) =>
    isRecord(component) && TNM_LOINC[findCoding(component.code, SYSTEMS.loinc)?.code ?? '']
      ? [{ component, path: `${path}.component[${index}]` }]
      : [],
  );
  const edition = tnmEdition(observation);
  const readings: TnmReading[] = [];
  if (observation.valueCodeableConcept !== undefined || components.length === 0) {
    const own = readTnmValue(observation, path, edition, null, problems, unmapped);
    if (own) readings.push(own);
  }
  for (const { component, path: componentPath } of components) {
    const reading = readTnmValue(
      component,
      componentPath,
      edition,
      prefixExtension(component),
      problems,
      unmapped,
    );
    if (reading) readings.push(reading);
  }
  return readings;
}

function readTnmValue(
  holder: FhirRecord,
  path: string,
  inheritedEdition: TnmEdition | null,
  prefixHint: string | null,
  problems: PathNote[],
  unmapped: PathNote[],
): TnmReading | null {
  const loinc = findCoding(holder.code, SYSTEMS.loinc)?.code ?? '';
  const meaning = TNM_LOINC[loinc];
  if (!meaning) return null;
  const valueCoding = findCoding(holder.valueCodeableConcept, TNM_VALUE_SYSTEMS);
  if (!valueCoding?.code) {
    const hasAnyCoding = codingsOf(holder.valueCodeableConcept).length > 0;
    problems.push(
      hasAnyCoding
        ? {
            path: `${path}.valueCodeableConcept`,
            code: 'tnm_code_system_unknown',
            params: { expected: TNM_VALUE_SYSTEMS.join(', ') },
            reason: `Unknown code system for a TNM value (expected ${TNM_VALUE_SYSTEMS.join(' or ')})`,
          }
        : {
            path: `${path}.valueCodeableConcept`,
            code: 'tnm_value_uncoded',
            reason: 'TNM value without a code',
          },
    );
    return null;
  }
  const edition = editionFrom(valueCoding.version) ?? inheritedEdition;
  let code = valueCoding.code.replace(/\s+/g, '');
  if (meaning.axis === 'stage') {
    code = code.replace(/^(UICC|AJCC)?(stage|stadium)?/i, '').toUpperCase();
    if (!isUiccStage(code)) {
      unmapped.push({
        path: `${path}.valueCodeableConcept`,
        code: 'tnm_stage_unknown',
        reason: 'Not a UICC stage group',
      });
      return null;
    }
    return { ...meaning, prefix: null, value: code, edition, path };
  }
  const match = /^(yp|yc|c|p|r|a)?([TNM])?(.+)$/.exec(code);
  const written = match?.[1] ?? prefixHint;
  const letter = meaning.axis.toUpperCase();
  if (!match || (match[2] && match[2] !== letter)) {
    unmapped.push({
      path: `${path}.valueCodeableConcept`,
      code: 'tnm_category_mismatch',
      params: { letter },
      reason: `Not a ${letter} category`,
    });
    return null;
  }
  const prefix = written ? PREFIX_CODES[written] : meaning.classification;
  if (!prefix) {
    unmapped.push({
      path: `${path}.valueCodeableConcept`,
      code: 'tnm_prefix_unsupported',
      params: { prefix: String(written) },
      reason: `TNM prefix ${written} is not recorded`,
    });
    return null;
  }
  return { ...meaning, prefix, value: `${letter}${match[3]}`, edition, path };
}

export function readEcog(observation: FhirRecord): number | null {
  if (typeof observation.valueInteger === 'number') return observation.valueInteger;
  for (const coding of codingsOf(observation.valueCodeableConcept)) {
    if (!coding.code) continue;
    const answer = ECOG_ANSWERS.indexOf(coding.code);
    if (answer >= 0) return answer;
    if (/^[0-5]$/.test(coding.code)) return Number(coding.code);
  }
  return null;
}

function quantityText(value: unknown): string | null {
  if (!isRecord(value) || typeof value.value !== 'number') return null;
  const comparator = asString(value.comparator) ?? '';
  const unit = asString(value.unit) ?? asString(value.code) ?? '';
  return `${comparator}${value.value}${unit ? ` ${unit}` : ''}`;
}

/** The value of an Observation (or component) as text, whatever value[x] it uses. */
export function valueText(holder: FhirRecord): string | null {
  return (
    quantityText(holder.valueQuantity) ??
    conceptText(holder.valueCodeableConcept) ??
    asString(holder.valueString) ??
    (typeof holder.valueBoolean === 'boolean'
      ? holder.valueBoolean
        ? 'positive'
        : 'negative'
      : null) ??
    (typeof holder.valueInteger === 'number' ? String(holder.valueInteger) : null) ??
    null
  );
}

function component(observation: FhirRecord, loinc: string): FhirRecord | null {
  const found = asArray(observation.component).find(
    (part) => isRecord(part) && findCoding(part.code, SYSTEMS.loinc)?.code === loinc,
  );
  return isRecord(found) ? found : null;
}

/**
 * A biomarker or variant finding as name + result. Genomic variants (mCODE /
 * genomics reporting, MII MTB) read the gene and the HGVS changes from components.
 */
export function readBiomarker(observation: FhirRecord): { name: string; result: string } | null {
  const gene = component(observation, GENOMIC.geneStudied);
  if (gene) {
    const name = conceptText(gene.valueCodeableConcept);
    const protein = component(observation, GENOMIC.aminoAcidChange);
    const dna = component(observation, GENOMIC.dnaChange);
    const changes = [protein ? valueText(protein) : null, dna ? valueText(dna) : null].filter(
      Boolean,
    );
    const result = changes.length > 0 ? changes.join(' / ') : valueText(observation);
    return name && result ? { name: truncate(name, 80), result: truncate(result, 200) } : null;
  }
  const name = conceptText(observation.code);
  const result = valueText(observation) ?? conceptText(asArray(observation.interpretation)[0]);
  return name && result ? { name: truncate(name, 80), result: truncate(result, 200) } : null;
}

/** Observation categories that are never biomarkers. */
export function isNonBiomarkerCategory(observation: FhirRecord): boolean {
  return asArray(observation.category).some((category) =>
    codingsOf(category).some((coding) =>
      ['vital-signs', 'survey', 'social-history', 'activity'].includes(coding.code ?? ''),
    ),
  );
}

export function isUiccStage(value: string): value is UiccStage {
  return (UICC_STAGES as readonly string[]).includes(value);
}

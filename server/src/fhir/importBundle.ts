import {
  type CreateCaseInput,
  CreateCaseInputSchema,
  type DiagnosisInput,
  futureDateIssues,
  type StagingInput,
} from '@konsil/shared';
import { type ClinicalReference, mapDiagnosticReport, mapImagingStudy } from './clinicalReferences';
import {
  classifyCondition,
  diagnosisDateOf,
  mapPrimaryCondition,
  morphologyFromCodings,
} from './condition';
import {
  asArray,
  asString,
  codingsOf,
  type FhirRecord,
  isRecord,
  type PathNote,
} from './fhirValues';
import {
  classifyObservation,
  isNonBiomarkerCategory,
  isUiccStage,
  readBiomarker,
  readEcog,
  readTnm,
  type TnmReading,
} from './observations';
import { ageAtDiagnosis, type PseudonymousPatient, pseudonymisePatient } from './patient';
import { mapMedicationStatement, mapProcedure, type PriorTherapy } from './priorTherapies';
import { mapQuestionnaireResponse, type PromScore } from './proms';

export type { PathNote } from './fhirValues';

/** Largest request body the FHIR import accepts. */
export const FHIR_BUNDLE_MAX_BYTES = 5 * 1024 * 1024;
/** More entries than this cannot belong to one case. */
export const FHIR_BUNDLE_MAX_ENTRIES = 1000;

export interface MapBundleOptions {
  /**
   * The home institution's record-number system (Identifier.system). Without it the
   * one Patient identifier typed MR (HL7 v2-0203) is taken.
   */
  homeRecordNumberSystem?: string;
  /** Exact age in years (default) or only the band. */
  age?: 'years' | 'band';
  /** FHIR version from the request's media type (`application/fhir+json; fhirVersion=4.0`). */
  fhirVersion?: string;
  /**
   * Today in the importer's zone (YYYY-MM-DD): clinical dates after it are refused here, by
   * FHIR path, rather than later by case field, which the person importing cannot find.
   */
  today?: string;
}

export type MapBundleResult =
  | { ok: true; content: CreateCaseInput; dropped: PathNote[]; unmapped: PathNote[] }
  | { ok: false; problems: PathNote[] };

/** Case-content lists and their limits (the shared schema's maxima). */
const LIST_LIMITS = { biomarkers: 30, priorTherapies: 30, references: 50, proms: 200 } as const;
const COMORBIDITIES_MAX = 2000;
const ACCEPTED_BUNDLE_TYPES = ['collection', 'document', 'transaction', 'batch', 'searchset'];

function refuse(path: string, reason: string): MapBundleResult {
  return { ok: false, problems: [{ path, reason }] };
}

function parseInput(input: unknown): { bundle: unknown } | { problem: PathNote } {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return { bundle: input };
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes > FHIR_BUNDLE_MAX_BYTES)
    return {
      problem: {
        path: 'Bundle',
        reason: `Body larger than ${FHIR_BUNDLE_MAX_BYTES / 1024 / 1024} MB`,
      },
    };
  try {
    return {
      bundle: JSON.parse(typeof input === 'string' ? input : new TextDecoder().decode(input)),
    };
  } catch {
    return { problem: { path: '', reason: 'Body is not JSON' } };
  }
}

function isR4(version: string): boolean {
  return /^4\.0(\.|$)/.test(version);
}

/**
 * Maps a FHIR R4 Bundle (parsed JSON, or the raw body as text) to the content of a
 * new case. Identifying data is dropped here, before anything is stored or logged;
 * every dropped or unplaced element is reported with its FHIR path.
 */
export function mapBundleToCase(input: unknown, options: MapBundleOptions = {}): MapBundleResult {
  const parsed = parseInput(input);
  if ('problem' in parsed) return { ok: false, problems: [parsed.problem] };
  const { bundle } = parsed;
  if (!isRecord(bundle) || bundle.resourceType !== 'Bundle')
    return refuse('Bundle', 'Not a FHIR Bundle (resourceType must be "Bundle")');
  if (options.fhirVersion && !isR4(options.fhirVersion))
    return refuse(
      'Bundle',
      `FHIR version ${options.fhirVersion} is not supported; send R4 (4.0.1)`,
    );
  const declared = asString(bundle.fhirVersion);
  if (declared && !isR4(declared))
    return refuse(
      'Bundle.fhirVersion',
      `FHIR version ${declared} is not supported; send R4 (4.0.1)`,
    );
  const type = asString(bundle.type);
  if (type && !ACCEPTED_BUNDLE_TYPES.includes(type))
    return refuse('Bundle.type', `Bundle type ${type} cannot be imported as a case`);
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry))
    return refuse('Bundle.entry', 'Bundle.entry must be a list');
  const entries = asArray(bundle.entry);
  if (entries.length > FHIR_BUNDLE_MAX_ENTRIES)
    return refuse(
      'Bundle.entry',
      `More than ${FHIR_BUNDLE_MAX_ENTRIES} entries cannot belong to one case`,
    );

  const problems: PathNote[] = [];
  const dropped: PathNote[] = [];
  const unmapped: PathNote[] = [];
  /** Content path → FHIR path, to name the FHIR element behind a schema issue. */
  const sources = new Map<string, string>();

  const resources: { resource: FhirRecord; path: string }[] = [];
  for (const [index, entry] of entries.entries()) {
    const path = `Bundle.entry[${index}].resource`;
    const resource = isRecord(entry) ? entry.resource : undefined;
    if (!isRecord(resource) || typeof resource.resourceType !== 'string') {
      problems.push({ path, reason: 'Entry without a resource' });
      continue;
    }
    resources.push({ resource, path });
  }

  const patients = resources.filter(({ resource }) => resource.resourceType === 'Patient');
  for (const extra of patients.slice(1))
    problems.push({
      path: extra.path,
      reason: 'More than one Patient; a case is about one patient',
    });
  let patient: PseudonymousPatient | null = null;
  const first = patients[0];
  if (first && patients.length === 1)
    patient = pseudonymisePatient(first.resource, first.path, options, dropped);

  let diagnosis: DiagnosisInput = {
    icd10: null,
    topography: null,
    morphology: null,
    laterality: null,
    diagnosedOn: null,
  };
  let hasPrimary = false;
  const comorbidities: string[] = [];
  const tnm: TnmReading[] = [];
  let ecog: { value: number; date: string; path: string } | null = null;
  let histology: { code: string; path: string } | null = null;
  const biomarkers: { name: string; result: string }[] = [];
  const priorTherapies: PriorTherapy[] = [];
  const references: ClinicalReference[] = [];
  const proms: PromScore[] = [];
  const lists = { biomarkers, priorTherapies, references, proms };
  const add = <K extends keyof typeof lists>(
    list: K,
    item: (typeof lists)[K][number],
    path: string,
  ) => {
    const target = lists[list] as (typeof item)[];
    if (target.length >= LIST_LIMITS[list]) {
      if (problems.at(-1)?.path === path) return;
      problems.push({
        path,
        reason: `More than ${LIST_LIMITS[list]} ${list} exceed the case's limit`,
      });
      return;
    }
    sources.set(`${list}.${target.length}`, path);
    target.push(item);
  };

  for (const { resource, path } of resources) {
    switch (resource.resourceType) {
      case 'Patient':
        break;
      case 'Condition': {
        const kind = classifyCondition(resource);
        if (kind.kind === 'unknown-system') {
          problems.push({
            path: `${path}.code.coding`,
            reason:
              'Unknown code system for a Condition (expected ICD-10-GM, KCD, ICD-10 or SNOMED CT)',
          });
        } else if (kind.kind === 'not-asserted') {
          unmapped.push({
            path: `${path}.verificationStatus`,
            reason: 'Refuted or entered in error',
          });
        } else if (kind.kind === 'uncoded-cancer') {
          unmapped.push({
            path: `${path}.code`,
            reason:
              'Cancer diagnosis without an ICD-10-GM or KCD code; enter the diagnosis in Konsil',
          });
        } else if (kind.kind === 'cancer' && !hasPrimary) {
          hasPrimary = true;
          diagnosis = mapPrimaryCondition(resource, path, kind, unmapped);
          sources.set('diagnosis', path);
          const dated = diagnosisDateOf(resource, path);
          if (dated) sources.set('diagnosis.diagnosedOn', dated.path);
        } else if (kind.kind === 'cancer') {
          unmapped.push({
            path,
            reason: 'A second cancer diagnosis; a case has one primary diagnosis',
          });
        } else {
          comorbidities.push(kind.text);
          sources.set('comorbidities', path);
        }
        break;
      }
      case 'Observation': {
        const kind = classifyObservation(resource);
        if (['entered-in-error', 'cancelled'].includes(asString(resource.status) ?? '')) {
          unmapped.push({ path: `${path}.status`, reason: 'Cancelled or entered in error' });
          break;
        }
        if (kind === 'tnm') {
          tnm.push(...readTnm(resource, path, problems, unmapped));
        } else if (kind === 'ecog') {
          const value = readEcog(resource);
          const date = asString(resource.effectiveDateTime) ?? '';
          if (value === null)
            unmapped.push({ path: `${path}.value[x]`, reason: 'ECOG without a grade 0–5' });
          else if (!ecog || date > ecog.date) {
            if (ecog)
              unmapped.push({ path: ecog.path, reason: 'Older ECOG; the latest one is kept' });
            ecog = { value, date, path };
          } else unmapped.push({ path, reason: 'Older ECOG; the latest one is kept' });
        } else if (kind === 'histology') {
          const code = morphologyFromCodings(codingsOf(resource.valueCodeableConcept));
          if (code) histology = { code, path };
          else
            problems.push({
              path: `${path}.valueCodeableConcept`,
              reason:
                'Histology needs an ICD-O-3 morphology code (http://terminology.hl7.org/CodeSystem/icd-o-3)',
            });
        } else if (isNonBiomarkerCategory(resource)) {
          unmapped.push({ path, reason: 'Observation category not used for a case' });
        } else {
          const biomarker = readBiomarker(resource);
          if (biomarker) add('biomarkers', biomarker, path);
          else unmapped.push({ path, reason: 'Observation without a readable name and result' });
        }
        break;
      }
      case 'ImagingStudy': {
        const reference = mapImagingStudy(resource, path, unmapped);
        if (reference) add('references', reference, path);
        break;
      }
      case 'DiagnosticReport': {
        const reference = mapDiagnosticReport(resource, path, dropped, unmapped);
        if (reference) add('references', reference, path);
        break;
      }
      case 'Procedure': {
        const therapy = mapProcedure(resource, path, unmapped);
        if (therapy) add('priorTherapies', therapy, path);
        break;
      }
      case 'MedicationStatement': {
        const therapy = mapMedicationStatement(resource, path, unmapped);
        if (therapy) add('priorTherapies', therapy, path);
        break;
      }
      case 'QuestionnaireResponse':
        for (const score of mapQuestionnaireResponse(resource, path, unmapped))
          add('proms', score, path);
        break;
      case 'Practitioner':
      case 'PractitionerRole':
      case 'RelatedPerson':
      case 'Organization':
      case 'Coverage':
        dropped.push({ path, reason: `${resource.resourceType} data is never imported` });
        break;
      default:
        unmapped.push({ path, reason: `${resource.resourceType} is not used for a case` });
    }
  }

  if (histology) {
    if (diagnosis.morphology && diagnosis.morphology !== histology.code)
      unmapped.push({
        path: histology.path,
        reason: 'Differs from the morphology on the Condition, which is kept',
      });
    else diagnosis = { ...diagnosis, morphology: histology.code };
  }

  const staging = stagingFrom(tnm, problems, unmapped, sources);

  let age: { ageYears: number | null; ageBand: CreateCaseInput['ageBand'] } = {
    ageYears: null,
    ageBand: null,
  };
  if (patient?.birthDate && first) {
    const atDiagnosis = diagnosis.diagnosedOn
      ? ageAtDiagnosis(patient.birthDate, diagnosis.diagnosedOn, options.age ?? 'years')
      : null;
    if (atDiagnosis) age = atDiagnosis;
    else
      unmapped.push({
        path: `${first.path}.birthDate`,
        reason: diagnosis.diagnosedOn
          ? 'Birth date too imprecise or after the diagnosis; no age given'
          : 'Age at diagnosis needs the date of diagnosis',
      });
  }

  if (problems.length > 0) return { ok: false, problems };

  const comorbidityText = comorbidities.join('; ');
  if (comorbidityText.length > COMORBIDITIES_MAX)
    return refuse(
      sources.get('comorbidities') ?? 'Bundle',
      `Comorbidities exceed ${COMORBIDITIES_MAX} characters`,
    );

  const candidate = {
    presenterId: null,
    ...age,
    sex: patient?.sex ?? null,
    diagnosis,
    staging,
    biomarkers,
    ecog: ecog?.value ?? null,
    comorbidities: comorbidityText,
    priorTherapies,
    references,
    proms,
    question: '',
    consent: false,
    homeReference: patient?.homeReference ?? null,
  };
  const checked = CreateCaseInputSchema.safeParse(candidate);
  if (!checked.success) {
    return {
      ok: false,
      problems: checked.error.issues.map((issue) => ({
        path: fhirPathFor(issue.path.map(String), sources),
        reason: `${issue.path.join('.')}: ${issue.message}`,
      })),
    };
  }
  const late = options.today ? futureDateIssues(checked.data, options.today) : [];
  if (late.length > 0) {
    return {
      ok: false,
      problems: late.map((issue) => ({
        path: fhirPathFor(issue.path.split('.'), sources),
        reason: issue.message,
      })),
    };
  }
  return { ok: true, content: checked.data, dropped, unmapped };
}

function fhirPathFor(contentPath: string[], sources: Map<string, string>): string {
  for (let length = contentPath.length; length > 0; length -= 1) {
    const source = sources.get(contentPath.slice(0, length).join('.'));
    if (source) return source;
  }
  return 'Bundle';
}

/**
 * One staging from many Observations: per axis the pathological reading wins over
 * the clinical one; all readings must name the same TNM edition.
 */
function stagingFrom(
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

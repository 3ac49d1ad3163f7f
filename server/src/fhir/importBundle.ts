import {
  type CreateCaseInput,
  CreateCaseInputSchema,
  type DiagnosisInput,
  type FhirImportReasonCode,
  futureDateIssues,
} from '@konsil/shared';
import { readEnvelope } from './bundleEnvelope';
import { type ClinicalReference, mapDiagnosticReport, mapImagingStudy } from './clinicalReferences';
import {
  classifyCondition,
  diagnosisDateOf,
  mapPrimaryCondition,
  morphologyFromCodings,
} from './condition';
import {
  asString,
  codingsOf,
  type FhirRecord,
  isRecord,
  type NoteReason,
  type PathNote,
} from './fhirValues';
import {
  classifyObservation,
  isNonBiomarkerCategory,
  readBiomarker,
  readEcog,
  readTnm,
  type TnmReading,
} from './observations';
import { ageAtDiagnosis, type PseudonymousPatient, pseudonymisePatient } from './patient';
import { mapMedicationStatement, mapProcedure, type PriorTherapy } from './priorTherapies';
import { mapQuestionnaireResponse, type PromScore } from './proms';
import { stagingFrom } from './staging';

export { FHIR_BUNDLE_MAX_BYTES, FHIR_BUNDLE_MAX_ENTRIES } from './bundleEnvelope';
export type { PathNote } from './fhirValues';

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
const LIST_LIMIT_CODES = {
  biomarkers: 'too_many_biomarkers',
  priorTherapies: 'too_many_prior_therapies',
  references: 'too_many_references',
  proms: 'too_many_prom_scores',
} as const;
const COMORBIDITIES_MAX = 2000;
const OLDER_ECOG: NoteReason = {
  code: 'ecog_superseded',
  reason: 'Older ECOG; the latest one is kept',
};
function refuse(path: string, why: NoteReason): MapBundleResult {
  return { ok: false, problems: [{ path, ...why }] };
}

/**
 * Maps a FHIR R4 Bundle (parsed JSON, or the raw body as text) to the content of a
 * new case. Identifying data is dropped here, before anything is stored or logged;
 * every dropped or unplaced element is reported with its FHIR path.
 */
export function mapBundleToCase(input: unknown, options: MapBundleOptions = {}): MapBundleResult {
  const envelope = readEnvelope(input, options.fhirVersion);
  if ('problem' in envelope) return { ok: false, problems: [envelope.problem] };
  const { entries } = envelope;

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
      problems.push({ path, code: 'entry_without_resource', reason: 'Entry without a resource' });
      continue;
    }
    resources.push({ resource, path });
  }

  const patients = resources.filter(({ resource }) => resource.resourceType === 'Patient');
  for (const extra of patients.slice(1))
    problems.push({
      path: extra.path,
      code: 'second_patient',
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
        code: LIST_LIMIT_CODES[list],
        params: { max: LIST_LIMITS[list] },
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
            code: 'condition_code_system_unknown',
            reason:
              'Unknown code system for a Condition (expected ICD-10-GM, KCD, ICD-10 or SNOMED CT)',
          });
        } else if (kind.kind === 'not-asserted') {
          unmapped.push({
            path: `${path}.verificationStatus`,
            code: 'condition_not_asserted',
            reason: 'Refuted or entered in error',
          });
        } else if (kind.kind === 'uncoded-cancer') {
          unmapped.push({
            path: `${path}.code`,
            code: 'cancer_diagnosis_uncoded',
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
            code: 'second_cancer_diagnosis',
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
          unmapped.push({
            path: `${path}.status`,
            code: 'observation_cancelled',
            reason: 'Cancelled or entered in error',
          });
          break;
        }
        if (kind === 'tnm') {
          tnm.push(...readTnm(resource, path, problems, unmapped));
        } else if (kind === 'ecog') {
          const value = readEcog(resource);
          const date = asString(resource.effectiveDateTime) ?? '';
          if (value === null)
            unmapped.push({
              path: `${path}.value[x]`,
              code: 'ecog_without_grade',
              reason: 'ECOG without a grade 0–5',
            });
          else if (!ecog || date > ecog.date) {
            if (ecog) unmapped.push({ path: ecog.path, ...OLDER_ECOG });
            ecog = { value, date, path };
          } else unmapped.push({ path, ...OLDER_ECOG });
        } else if (kind === 'histology') {
          const code = morphologyFromCodings(codingsOf(resource.valueCodeableConcept));
          if (code) histology = { code, path };
          else
            problems.push({
              path: `${path}.valueCodeableConcept`,
              code: 'histology_code_missing',
              reason:
                'Histology needs an ICD-O-3 morphology code (http://terminology.hl7.org/CodeSystem/icd-o-3)',
            });
        } else if (isNonBiomarkerCategory(resource)) {
          unmapped.push({
            path,
            code: 'observation_category_unused',
            reason: 'Observation category not used for a case',
          });
        } else {
          const biomarker = readBiomarker(resource);
          if (biomarker) add('biomarkers', biomarker, path);
          else
            unmapped.push({
              path,
              code: 'observation_unreadable',
              reason: 'Observation without a readable name and result',
            });
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
        dropped.push({
          path,
          code: 'resource_never_imported',
          params: { resourceType: resource.resourceType },
          reason: `${resource.resourceType} data is never imported`,
        });
        break;
      default:
        unmapped.push({
          path,
          code: 'resource_not_used',
          params: { resourceType: String(resource.resourceType) },
          reason: `${resource.resourceType} is not used for a case`,
        });
    }
  }

  if (histology) {
    if (diagnosis.morphology && diagnosis.morphology !== histology.code)
      unmapped.push({
        path: histology.path,
        code: 'histology_differs',
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
        ...(diagnosis.diagnosedOn
          ? {
              code: 'birth_date_unusable',
              reason: 'Birth date too imprecise or after the diagnosis; no age given',
            }
          : {
              code: 'age_needs_diagnosis_date',
              reason: 'Age at diagnosis needs the date of diagnosis',
            }),
      });
  }

  if (problems.length > 0) return { ok: false, problems };

  const comorbidityText = comorbidities.join('; ');
  if (comorbidityText.length > COMORBIDITIES_MAX)
    return refuse(sources.get('comorbidities') ?? 'Bundle', {
      code: 'comorbidities_too_long',
      params: { max: COMORBIDITIES_MAX },
      reason: `Comorbidities exceed ${COMORBIDITIES_MAX} characters`,
    });

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
      problems: checked.error.issues.map((issue) => {
        const contentPath = issue.path.map(String);
        return {
          path: fhirPathFor(contentPath, sources),
          ...caseIssueReason(contentPath, candidate.staging.edition),
          reason: `${issue.path.join('.')}: ${issue.message}`,
        };
      }),
    };
  }
  const late = options.today ? futureDateIssues(checked.data, options.today) : [];
  if (late.length > 0) {
    return {
      ok: false,
      problems: late.map((issue) => ({
        path: fhirPathFor(issue.path.split('.'), sources),
        code: 'date_in_future',
        params: { today: options.today ?? '' },
        reason: issue.message,
      })),
    };
  }
  return { ok: true, content: checked.data, dropped, unmapped };
}

/**
 * The id of a case-schema issue, by the content path it names (never by its message): a missing
 * TNM edition, a category the edition does not have, or any other field.
 */
function caseIssueReason(contentPath: string[], edition: string | null): FhirImportReasonCode {
  const [section, axis, leaf] = contentPath;
  if (section === 'staging' && axis === 'edition' && contentPath.length === 2)
    return { code: 'tnm_edition_missing' };
  if (
    section === 'staging' &&
    (axis === 't' || axis === 'n' || axis === 'm') &&
    leaf === 'category'
  )
    return {
      code: 'tnm_category_not_in_edition',
      params: { letter: axis.toUpperCase(), edition: edition ?? '' },
    };
  return { code: 'case_field_invalid', params: { field: contentPath.join('.') } };
}

function fhirPathFor(contentPath: string[], sources: Map<string, string>): string {
  for (let length = contentPath.length; length > 0; length -= 1) {
    const source = sources.get(contentPath.slice(0, length).join('.'));
    if (source) return source;
  }
  return 'Bundle';
}

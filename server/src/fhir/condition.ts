import {
  DIAGNOSIS_SYSTEM_NAMES,
  DIAGNOSIS_SYSTEMS,
  type DiagnosisInput,
  type DiagnosisSystem,
  ICDO3_MORPHOLOGY,
  ICDO3_TOPOGRAPHY,
  type LATERALITIES,
} from '@konsil/shared';
import {
  asArray,
  type Coding,
  codingsOf,
  conceptText,
  type FhirRecord,
  fullDate,
  isRecord,
  type PathNote,
  SYSTEMS,
  truncate,
} from './fhirValues';

type Laterality = (typeof LATERALITIES)[number];

const ICD10_WHO = 'http://hl7.org/fhir/sid/icd-10';
const DIAGNOSIS_SYSTEM_BY_URL = new Map<string, DiagnosisSystem>(
  DIAGNOSIS_SYSTEM_NAMES.map((name) => [DIAGNOSIS_SYSTEMS[name].url, name]),
);
/** Systems a Condition may be coded in; a Condition coded in none of them is refused. */
const KNOWN_CONDITION_SYSTEMS = new Set<string>([
  ...DIAGNOSIS_SYSTEM_BY_URL.keys(),
  ICD10_WHO,
  SYSTEMS.snomed,
]);

/** Malignant (C) and in-situ / uncertain (D00–D48) neoplasms open a tumour board case. */
const CANCER_CODE = /^(C[0-9]{2}|D[0-4][0-9])/;

const MII_LATERALITY: Record<string, Laterality> = {
  L: 'left',
  R: 'right',
  B: 'bilateral',
  M: 'midline',
  T: 'not_applicable',
  U: 'unknown',
};
/** SNOMED CT laterality qualifiers used by mCODE and the MII ConceptMap. */
const SNOMED_LATERALITY: Record<string, Laterality> = {
  '7771000': 'left',
  '24028007': 'right',
  '51440002': 'bilateral',
};

export type ConditionKind =
  | { kind: 'cancer'; system: DiagnosisSystem; coding: Coding }
  | { kind: 'other'; text: string }
  | { kind: 'uncoded-cancer' }
  | { kind: 'not-asserted' }
  | { kind: 'unknown-system' };

const NOT_ASSERTED = ['refuted', 'entered-in-error'];
/** Profiles that mark the primary cancer (mCODE, MII oncology). */
const PRIMARY_CANCER_PROFILE = /mcode-primary-cancer-condition|mii-pr-onko-diagnose-primaertumor/;

export function classifyCondition(condition: FhirRecord): ConditionKind {
  if (
    codingsOf(condition.verificationStatus).some((coding) =>
      NOT_ASSERTED.includes(coding.code ?? ''),
    )
  )
    return { kind: 'not-asserted' };
  const codings = codingsOf(condition.code);
  for (const coding of codings) {
    const system = coding.system ? DIAGNOSIS_SYSTEM_BY_URL.get(coding.system) : undefined;
    if (system && coding.code && CANCER_CODE.test(coding.code.toUpperCase()))
      return { kind: 'cancer', system, coding };
  }
  if (
    !codings.some(
      (coding) => coding.system && coding.code && KNOWN_CONDITION_SYSTEMS.has(coding.system),
    )
  )
    return { kind: 'unknown-system' };
  const profiles = isRecord(condition.meta) ? asArray(condition.meta.profile) : [];
  const isCancerElsewhere =
    profiles.some(
      (profile) => typeof profile === 'string' && PRIMARY_CANCER_PROFILE.test(profile),
    ) ||
    codings.some(
      (coding) =>
        coding.system === ICD10_WHO && CANCER_CODE.test((coding.code ?? '').toUpperCase()),
    );
  if (isCancerElsewhere) return { kind: 'uncoded-cancer' };
  const coded = codings.find(
    (coding) => coding.system && DIAGNOSIS_SYSTEM_BY_URL.has(coding.system),
  );
  const text = conceptText(condition.code) ?? 'Condition';
  return { kind: 'other', text: coded?.code ? `${text} (${coded.code})` : text };
}

/** All codings reachable from bodySite, including the mCODE laterality extension inside it. */
function bodySiteCodings(condition: FhirRecord): Coding[] {
  return asArray(condition.bodySite).flatMap((site) => [
    ...codingsOf(site),
    ...(isRecord(site)
      ? asArray(site.extension).flatMap((extension) =>
          isRecord(extension) ? codingsOf(extension.valueCodeableConcept) : [],
        )
      : []),
  ]);
}

function icdO3Codings(codings: Coding[]): Coding[] {
  return codings.filter(
    (coding) =>
      coding.system !== null && (SYSTEMS.icdO3 as readonly string[]).includes(coding.system),
  );
}

/** ICD-O-3 morphology on the Condition: mCODE's histology extension or MII's ICD-O extension. */
export function morphologyFromCodings(codings: Coding[]): string | null {
  const code = icdO3Codings(codings)
    .map((coding) => coding.code ?? '')
    .find((value) => ICDO3_MORPHOLOGY.test(value));
  return code ?? null;
}

const ASSERTED_DATE = 'http://hl7.org/fhir/StructureDefinition/condition-assertedDate';

/**
 * The element the date of diagnosis comes from: onset, else the asserted-date extension, else
 * the recorded date. Its path names the element in refusals (a date after today, say).
 */
export function diagnosisDateOf(
  condition: FhirRecord,
  path: string,
): { value: unknown; path: string } | null {
  if (condition.onsetDateTime !== undefined)
    return { value: condition.onsetDateTime, path: `${path}.onsetDateTime` };
  const extensions = asArray(condition.extension);
  const asserted = extensions.findIndex(
    (extension) => isRecord(extension) && extension.url === ASSERTED_DATE,
  );
  const assertedDate = extensions[asserted];
  if (isRecord(assertedDate) && assertedDate.valueDateTime !== undefined)
    return {
      value: assertedDate.valueDateTime,
      path: `${path}.extension[${asserted}].valueDateTime`,
    };
  if (condition.recordedDate !== undefined)
    return { value: condition.recordedDate, path: `${path}.recordedDate` };
  return null;
}

export function mapPrimaryCondition(
  condition: FhirRecord,
  path: string,
  cancer: { system: DiagnosisSystem; coding: Coding },
  unmapped: PathNote[],
): DiagnosisInput {
  const expectedVersion = DIAGNOSIS_SYSTEMS[cancer.system].version;
  if (cancer.coding.version && !cancer.coding.version.includes(expectedVersion)) {
    unmapped.push({
      path: `${path}.code`,
      code: 'diagnosis_version_differs',
      params: {
        system: cancer.system,
        version: cancer.coding.version,
        recordedAs: expectedVersion,
      },
      reason: `${cancer.system} version ${cancer.coding.version} is recorded as version ${expectedVersion}`,
    });
  }
  const code = (cancer.coding.code ?? '').toUpperCase();
  const text = truncate(cancer.coding.display ?? conceptText(condition.code) ?? code, 300);

  const siteCodings = bodySiteCodings(condition);
  const topography =
    icdO3Codings(siteCodings)
      .map((coding) => (coding.code ?? '').toUpperCase())
      .find((value) => ICDO3_TOPOGRAPHY.test(value)) ?? null;
  const extensionCodings = asArray(condition.extension).flatMap((extension) =>
    isRecord(extension)
      ? [...codingsOf(extension.valueCodeableConcept), ...codingFrom(extension.valueCoding)]
      : [],
  );
  const morphology = morphologyFromCodings(extensionCodings);

  let laterality: Laterality | null = null;
  for (const coding of siteCodings) {
    if (!coding.code) continue;
    if (coding.system === SYSTEMS.miiLaterality) laterality ??= MII_LATERALITY[coding.code] ?? null;
    if (coding.system === SYSTEMS.snomed) laterality ??= SNOMED_LATERALITY[coding.code] ?? null;
  }

  const dateSource = diagnosisDateOf(condition, path);
  const diagnosedOn = fullDate(dateSource?.value);
  if (dateSource && diagnosedOn === null) {
    unmapped.push({
      path: dateSource.path,
      code: 'diagnosis_date_imprecise',
      reason: 'Date of diagnosis needs day precision',
    });
  }

  return {
    icd10: { system: cancer.system, code, text },
    topography,
    morphology,
    laterality,
    diagnosedOn,
  };
}

function codingFrom(value: unknown): Coding[] {
  if (!isRecord(value)) return [];
  return codingsOf({ coding: [value] });
}

import { DIAGNOSIS_SYSTEMS, ICD_O_VERSION, type LATERALITIES } from '@konsil/shared';
import type { CaseRecord } from '../../storage/repositories/cases';
import {
  type FhirResource,
  KONSIL,
  KONSIL_EXTENSION,
  referenceTo,
  SYSTEM,
  stableUuid,
} from './konsilSystems';

/** Konsil's lateralities in the MII oncology code system (the importer reads them back). */
const MII_LATERALITY: Record<(typeof LATERALITIES)[number], string> = {
  left: 'L',
  right: 'R',
  bilateral: 'B',
  midline: 'M',
  not_applicable: 'T',
  unknown: 'U',
};

/**
 * The case's diagnosis as a Condition: ICD-10-GM or KCD code with system and version, the
 * ICD-O-3 topography and the laterality as body sites, the date of diagnosis as onset. The
 * morphology travels as the histology Observation (as in the MII oncology module); the grade and
 * "staging not applicable" as Konsil extensions, the free-text comorbidities as a note.
 * Null for a case without a coded diagnosis.
 */
export function conditionOf(item: CaseRecord, patient: FhirResource): FhirResource | null {
  const { diagnosis, staging, comorbidities } = item.content;
  const icd10 = diagnosis.icd10;
  // A Condition without a code in a known system would make the whole bundle unimportable.
  if (!icd10) return null;
  const bodySite: Record<string, unknown>[] = [];
  if (diagnosis.topography)
    bodySite.push({
      coding: [{ system: SYSTEM.icdO3, version: ICD_O_VERSION, code: diagnosis.topography }],
    });
  if (diagnosis.laterality)
    bodySite.push({
      coding: [{ system: SYSTEM.miiLaterality, code: MII_LATERALITY[diagnosis.laterality] }],
    });
  const extension: Record<string, unknown>[] = [];
  if (staging.grade)
    extension.push({
      url: KONSIL_EXTENSION.tumorGrade,
      valueCodeableConcept: { coding: [{ system: KONSIL.grade, code: staging.grade }] },
    });
  if (staging.notApplicable)
    extension.push({ url: KONSIL_EXTENSION.stagingNotApplicable, valueBoolean: true });
  return {
    resourceType: 'Condition',
    id: stableUuid(item.id, 'condition'),
    ...(extension.length > 0 ? { extension } : {}),
    clinicalStatus: { coding: [{ system: SYSTEM.conditionClinical, code: 'active' }] },
    verificationStatus: { coding: [{ system: SYSTEM.conditionVerification, code: 'confirmed' }] },
    code: {
      coding: [
        {
          system: DIAGNOSIS_SYSTEMS[icd10.system].url,
          version: DIAGNOSIS_SYSTEMS[icd10.system].version,
          code: icd10.code,
          display: icd10.text,
        },
      ],
      text: icd10.text,
    },
    ...(bodySite.length > 0 ? { bodySite } : {}),
    subject: referenceTo(patient),
    ...(diagnosis.diagnosedOn ? { onsetDateTime: diagnosis.diagnosedOn } : {}),
    ...(comorbidities ? { note: [{ text: `Comorbidities: ${comorbidities}` }] } : {}),
  };
}

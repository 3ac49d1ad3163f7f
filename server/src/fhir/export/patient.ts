import type { CaseRecord } from '../../storage/repositories/cases';
import { type FhirResource, KONSIL, SYSTEM, stableUuid } from './konsilSystems';

/**
 * The subject of every resource of a case: the case pseudonym and, when recorded, the sex.
 * No name, birth date or address ever leaves. With `withHomeReference` (the caller has checked
 * `case:readHomeReference`) the home record number is added as an MR identifier — the one the
 * importer takes back as the home reference.
 */
export function patientOf(item: CaseRecord, withHomeReference: boolean): FhirResource {
  const identifier: Record<string, unknown>[] = [
    { use: 'secondary', system: KONSIL.pseudonym, value: item.pseudonym },
  ];
  if (withHomeReference && item.homeReference) {
    identifier.push({
      use: 'usual',
      type: { coding: [{ system: SYSTEM.v2IdentifierType, code: 'MR' }] },
      value: item.homeReference,
      assigner: { display: item.homeInstitution.name },
    });
  }
  const { sex } = item.content;
  return {
    resourceType: 'Patient',
    id: stableUuid(item.id, 'patient'),
    identifier,
    // Konsil's sexes are FHIR's administrative genders, word for word.
    ...(sex ? { gender: sex } : {}),
  };
}

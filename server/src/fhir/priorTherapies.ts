import {
  asString,
  conceptText,
  type FhirRecord,
  fullDate,
  isRecord,
  type PathNote,
  truncate,
} from './fhirValues';

export interface PriorTherapy {
  description: string;
  startedOn: string | null;
  endedOn: string | null;
}

function period(value: unknown): { startedOn: string | null; endedOn: string | null } {
  if (!isRecord(value)) return { startedOn: null, endedOn: null };
  return { startedOn: fullDate(value.start), endedOn: fullDate(value.end) };
}

/** A Procedure (surgery, radiotherapy) done before the board. */
export function mapProcedure(
  procedure: FhirRecord,
  path: string,
  unmapped: PathNote[],
): PriorTherapy | null {
  const description = conceptText(procedure.code);
  if (!description) {
    unmapped.push({
      path: `${path}.code`,
      code: 'procedure_unnamed',
      reason: 'Procedure without a name',
    });
    return null;
  }
  const performed = isRecord(procedure.performedPeriod)
    ? period(procedure.performedPeriod)
    : {
        startedOn: fullDate(procedure.performedDateTime),
        endedOn: fullDate(procedure.performedDateTime),
      };
  return { description: truncate(description, 300), ...performed };
}

/** A MedicationStatement (systemic therapy) with its dosage text when given. */
export function mapMedicationStatement(
  statement: FhirRecord,
  path: string,
  unmapped: PathNote[],
): PriorTherapy | null {
  const medication = conceptText(statement.medicationCodeableConcept);
  if (!medication) {
    unmapped.push({
      path: `${path}.medication${isRecord(statement.medicationReference) ? 'Reference' : 'CodeableConcept'}`,
      code: 'medication_uncoded',
      reason: 'Only a coded or named medication can be imported',
    });
    return null;
  }
  const dosage =
    Array.isArray(statement.dosage) && isRecord(statement.dosage[0])
      ? asString(statement.dosage[0].text)
      : null;
  const description = dosage ? `${medication} (${dosage})` : medication;
  const taken = isRecord(statement.effectivePeriod)
    ? period(statement.effectivePeriod)
    : { startedOn: fullDate(statement.effectiveDateTime), endedOn: null };
  return { description: truncate(description, 300), ...taken };
}

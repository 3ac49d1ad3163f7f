import {
  asString,
  codingsOf,
  conceptText,
  type FhirRecord,
  fullDate,
  isRecord,
  type PathNote,
  SYSTEMS,
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

/**
 * SNOMED CT 720006006 |Cancer care review|: how a tumor board's review is exported (by Konsil
 * too). A bundle that went through a board before is re-imported without it becoming a therapy.
 */
const BOARD_REVIEW_CODE = '720006006';

function isBoardReview(procedure: FhirRecord): boolean {
  return codingsOf(procedure.code).some(
    (coding) => coding.system === SYSTEMS.snomed && coding.code === BOARD_REVIEW_CODE,
  );
}

/** A Procedure (surgery, radiotherapy) done before the board. */
export function mapProcedure(
  procedure: FhirRecord,
  path: string,
  unmapped: PathNote[],
): PriorTherapy | null {
  if (isBoardReview(procedure)) {
    unmapped.push({
      path: `${path}.code`,
      code: 'procedure_board_review',
      reason: 'A tumor board review, not a therapy; not imported as a prior therapy',
    });
    return null;
  }
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

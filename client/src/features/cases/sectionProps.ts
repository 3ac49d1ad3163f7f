import type { CaseFormValues } from './caseForm';

/** What every section of the case form gets: the values, a way to change them, its errors. */
export interface SectionProps {
  values: CaseFormValues;
  onChange: (change: (values: CaseFormValues) => CaseFormValues) => void;
  /** The translated error for an input path ("proms.2.date"), or null. */
  errorFor: (path: string) => string | null;
}

export type ListKey = 'biomarkers' | 'priorTherapies' | 'references' | 'proms';

/** A change to one field of one row of a repeatable list. */
export function updateRow<K extends ListKey>(
  key: K,
  index: number,
  patch: Partial<CaseFormValues[K][number]>,
): (values: CaseFormValues) => CaseFormValues {
  return (values) => ({
    ...values,
    [key]: values[key].map((row, rowIndex) => (rowIndex === index ? { ...row, ...patch } : row)),
  });
}

export function addRow<K extends ListKey>(
  key: K,
  row: CaseFormValues[K][number],
): (values: CaseFormValues) => CaseFormValues {
  return (values) => ({ ...values, [key]: [...values[key], row] });
}

export function removeRow<K extends ListKey>(
  key: K,
  index: number,
): (values: CaseFormValues) => CaseFormValues {
  return (values) => ({
    ...values,
    [key]: values[key].filter((_row, rowIndex) => rowIndex !== index),
  });
}

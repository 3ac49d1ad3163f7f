import type { ReactNode } from 'react';
import { caseFieldId } from './caseFieldRules';
import type { CaseFormValues } from './caseForm';
import { RepeatableRows } from './RepeatableRows';
import { addRow, type ListKey, removeRow, type SectionProps, updateRow } from './sectionProps';

type ListRow<K extends ListKey> = CaseFormValues[K][number];

/** The fields of a row that hold free text (not the row key, not a fixed set of choices). */
type TextKey<R> = {
  [F in keyof R]: F extends 'key' ? never : string extends R[F] ? F : never;
}[keyof R] &
  string;

/** Ties the fields of one row to the form: ids, values, changes and errors by input path. */
export interface RowFields<K extends ListKey> {
  /** Id and error of a field of this row ("proms.2.date"). */
  at: (field: string) => { id: string; error: string | null };
  /** Id, value, change handler and error of a free-text field of this row. */
  text: (field: TextKey<ListRow<K>>) => {
    id: string;
    value: string;
    onChange: (value: string) => void;
    error: string | null;
  };
  /** Changes some fields of this row. */
  update: (patch: Partial<ListRow<K>>) => void;
}

interface CaseRowsProps<K extends ListKey> extends SectionProps {
  list: K;
  rowLabel: (index: number) => string;
  addLabel: string;
  emptyText: string;
  emptyRow: () => ListRow<K>;
  renderRow: (row: ListRow<K>, fields: RowFields<K>) => ReactNode;
}

/** One repeatable list of the case form (biomarkers, therapies, references, PROMs). */
export function CaseRows<K extends ListKey>({
  list,
  values,
  onChange,
  errorFor,
  emptyRow,
  renderRow,
  ...labels
}: CaseRowsProps<K>) {
  const rows: ListRow<K>[] = values[list];
  return (
    <RepeatableRows
      rows={rows}
      {...labels}
      error={errorFor(list)}
      onAdd={() => onChange(addRow(list, emptyRow()))}
      onRemove={(index) => onChange(removeRow(list, index))}
      renderRow={(row, index) => {
        const path = (field: string) => `${list}.${index}.${field}`;
        const update = (patch: Partial<ListRow<K>>) => onChange(updateRow(list, index, patch));
        const at: RowFields<K>['at'] = (field) => ({
          id: caseFieldId(path(field)),
          error: errorFor(path(field)),
        });
        const text: RowFields<K>['text'] = (field) => ({
          ...at(field),
          value: row[field] as string,
          onChange: (value) => update({ [field]: value } as Partial<ListRow<K>>),
        });
        return renderRow(row, { at, text, update });
      }}
    />
  );
}

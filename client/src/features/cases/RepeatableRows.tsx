import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RepeatableRowsProps<R extends { key: string }> {
  rows: R[];
  /** "Biomarker 2": names each row for screen readers and the remove button. */
  rowLabel: (index: number) => string;
  addLabel: string;
  emptyText: string;
  error?: string | null;
  onAdd: () => void;
  onRemove: (index: number) => void;
  renderRow: (row: R, index: number) => ReactNode;
}

/** A list of similar entries (biomarkers, therapies, references, PROMs) to add and remove. */
export function RepeatableRows<R extends { key: string }>(props: RepeatableRowsProps<R>) {
  const { t } = useTranslation('clinical');
  return (
    <div className="repeatable">
      {props.rows.length === 0 && <p className="muted">{props.emptyText}</p>}
      {props.rows.map((row, index) => (
        <fieldset key={row.key} className="repeatable__row">
          <legend className="visually-hidden">{props.rowLabel(index)}</legend>
          <div className="repeatable__fields">{props.renderRow(row, index)}</div>
          <button
            type="button"
            className="button button--danger-quiet button--small repeatable__remove"
            onClick={() => props.onRemove(index)}
          >
            {t('caseForm.remove')}
            <span className="visually-hidden"> {props.rowLabel(index)}</span>
          </button>
        </fieldset>
      ))}
      {props.error && <p className="field__error">{props.error}</p>}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={props.onAdd}
      >
        + {props.addLabel}
      </button>
    </div>
  );
}

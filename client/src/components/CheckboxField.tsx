import { useId } from 'react';

interface CheckboxFieldProps {
  label: string;
  isChecked: boolean;
  onChange: (isChecked: boolean) => void;
  id?: string;
  hint?: string;
  error?: string | null;
  isDisabled?: boolean;
}

/** A checkbox with its label beside it; hint and error below, tied to it for screen readers. */
export function CheckboxField(props: CheckboxFieldProps) {
  const generatedId = useId();
  const id = props.id ?? generatedId;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={props.error ? 'field field--check field--invalid' : 'field field--check'}>
      <div className="check">
        <input
          id={id}
          type="checkbox"
          className="check__box"
          checked={props.isChecked}
          disabled={props.isDisabled}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => props.onChange(event.target.checked)}
        />
        <label className="check__label" htmlFor={id}>
          {props.label}
        </label>
      </div>
      {props.hint && (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p className="field__error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}

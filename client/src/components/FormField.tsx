import { type ChangeEvent, type ReactNode, useId } from 'react';

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label above, hint and error below, all tied to the control for screen readers. */
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children(describedBy)}
      {hint && (
        <p className="field__hint" id={hintId ?? undefined}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId ?? undefined}>
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A stable id, when other parts of the page link to the field; otherwise one is generated. */
  id?: string;
  name?: string;
  type?: 'text' | 'email' | 'password' | 'date' | 'search' | 'url' | 'time' | 'number';
  /** Bounds for date, time and number inputs. */
  min?: string;
  max?: string;
  step?: string;
  /** Id of a <datalist> with suggestions. */
  list?: string;
  autoComplete?: string;
  hint?: string;
  error?: string | null;
  isRequired?: boolean;
  isDisabled?: boolean;
  placeholder?: string;
}

export function TextField(props: TextFieldProps) {
  const generatedId = useId();
  const id = props.id ?? generatedId;
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
      {(describedBy) => (
        <input
          id={id}
          className="field__control"
          name={props.name}
          type={props.type ?? 'text'}
          value={props.value}
          autoComplete={props.autoComplete}
          placeholder={props.placeholder}
          min={props.min}
          max={props.max}
          step={props.step}
          list={props.list}
          required={props.isRequired}
          disabled={props.isDisabled}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event: ChangeEvent<HTMLInputElement>) => props.onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  id?: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  name?: string;
  hint?: string;
  error?: string | null;
  isDisabled?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  const generatedId = useId();
  const id = props.id ?? generatedId;
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
      {(describedBy) => (
        <select
          id={id}
          className="field__control"
          name={props.name}
          value={props.value}
          disabled={props.isDisabled}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => props.onChange(event.target.value)}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

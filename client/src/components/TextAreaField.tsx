import { useId } from 'react';
import { FieldFrame } from './FormField';

interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  id?: string;
  hint?: string;
  error?: string | null;
  rows?: number;
  maxLength?: number;
  isRequired?: boolean;
  /** A stable data-testid, for journeys that type into this field. */
  testId?: string;
}

export function TextAreaField(props: TextAreaFieldProps) {
  const generatedId = useId();
  const id = props.id ?? generatedId;
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
      {(describedBy) => (
        <textarea
          id={id}
          className="field__control field__control--area"
          value={props.value}
          rows={props.rows ?? 3}
          maxLength={props.maxLength}
          required={props.isRequired}
          data-testid={props.testId}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

import type { Ref } from 'react';
import { FieldFrame } from '../../components/FormField';

interface DecisionTextAreaProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  hint?: string;
  error?: string | null;
  rows?: number;
  maxLength?: number;
  isDisabled?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

/** TextAreaField with a stable test id: the live board's journeys type into these. */
export function DecisionTextArea(props: DecisionTextAreaProps) {
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(describedBy) => (
        <textarea
          ref={props.ref}
          id={props.id}
          className="field__control field__control--area"
          data-testid={props.testId}
          value={props.value}
          rows={props.rows ?? 3}
          maxLength={props.maxLength}
          disabled={props.isDisabled}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

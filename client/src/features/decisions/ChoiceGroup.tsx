import { useId } from 'react';

interface ChoiceGroupProps<V extends string> {
  legend: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  error?: string | null;
}

/** One choice among a few, as radio buttons side by side; the error is tied to the group. */
export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const id = useId();
  const errorId = props.error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={props.error ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={errorId}
    >
      <legend className="field__label">{props.legend}</legend>
      <div className="segmented decision-choices">
        {props.options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={props.value === option.value}
              aria-invalid={props.error ? true : undefined}
              onChange={() => props.onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {props.error && (
        <p className="field__error" id={errorId}>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES } from '@konsil/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/FormField';
import {
  AUDIT_ACTION_LABEL_KEYS,
  type AuditFilterValues,
  EMPTY_FILTERS,
  isRangeValid,
  objectTypeLabelKey,
} from './auditFilters';

interface AuditFiltersFormProps {
  initial: AuditFilterValues;
  onApply: (filters: AuditFilterValues) => void;
}

export function AuditFiltersForm({ initial, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [isRangeError, setIsRangeError] = useState(false);

  const set = (key: keyof AuditFilterValues) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  const actionOptions = [
    { value: '', label: t('audit.filters.anyAction') },
    ...AUDIT_ACTIONS.map((action) => ({
      value: action,
      label: t(`audit.actions.${AUDIT_ACTION_LABEL_KEYS[action]}`),
    })),
  ];

  const objectTypeOptions = [
    { value: '', label: t('audit.filters.anyObjectType') },
    ...AUDIT_OBJECT_TYPES.map((type) => ({
      value: type,
      label: t(`audit.objectTypes.${objectTypeLabelKey(type)}`),
    })),
  ];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = isRangeValid(values);
    setIsRangeError(!isValid);
    if (isValid) onApply(values);
  }

  function handleClear() {
    setValues(EMPTY_FILTERS);
    setIsRangeError(false);
    onApply(EMPTY_FILTERS);
  }

  return (
    <form className="card filters" onSubmit={handleSubmit} noValidate>
      <fieldset className="fieldset">
        <legend>{t('audit.filters.legend')}</legend>
        <div className="filters__grid">
          <TextField
            label={t('audit.filters.actor')}
            type="search"
            autoComplete="off"
            value={values.actor}
            onChange={set('actor')}
          />
          <SelectField
            label={t('audit.filters.objectType')}
            value={values.objectType}
            options={objectTypeOptions}
            onChange={set('objectType')}
          />
          <TextField
            label={t('audit.filters.object')}
            type="search"
            autoComplete="off"
            value={values.object}
            onChange={set('object')}
          />
          <SelectField
            label={t('audit.filters.action')}
            value={values.action}
            options={actionOptions}
            onChange={set('action')}
          />
          <TextField
            label={t('audit.filters.from')}
            type="date"
            value={values.fromDay}
            onChange={set('fromDay')}
            error={isRangeError ? t('audit.filters.rangeInvalid') : null}
          />
          <TextField
            label={t('audit.filters.to')}
            type="date"
            value={values.toDay}
            onChange={set('toDay')}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button">
            {t('audit.filters.apply')}
          </button>
          <button type="button" className="button button--secondary" onClick={handleClear}>
            {t('audit.filters.clear')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

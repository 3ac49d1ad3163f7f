import type { AnalyticsResponse } from '@konsil/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, type SelectOption, TextField } from '../../components/FormField';
import {
  type AnalyticsFilterValues,
  EMPTY_ANALYTICS_FILTERS,
  isPeriodValid,
} from './analyticsFilters';

interface AnalyticsFiltersFormProps {
  initial: AnalyticsFilterValues;
  /** What the API offers to filter by; null until the first answer. */
  options: AnalyticsResponse['options'] | null;
  onApply: (filters: AnalyticsFilterValues) => void;
}

/** Keeps a value chosen in the address selectable even when the options do not list it. */
function withCurrent(options: SelectOption[], current: string): SelectOption[] {
  if (!current || options.some((option) => option.value === current)) return options;
  return [...options, { value: current, label: current }];
}

export function AnalyticsFiltersForm({ initial, options, onApply }: AnalyticsFiltersFormProps) {
  const { t } = useTranslation('analytics');
  const { t: tc } = useTranslation('clinical');
  const [values, setValues] = useState(initial);
  const [isPeriodError, setIsPeriodError] = useState(false);

  const set = (key: keyof AnalyticsFilterValues) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  const seriesOptions = withCurrent(
    [
      { value: '', label: t('filters.anySeries') },
      ...(options?.series ?? []).map((title) => ({ value: title, label: title })),
    ],
    values.series,
  );
  const institutionOptions = withCurrent(
    [
      { value: '', label: t('filters.anyInstitution') },
      ...(options?.institutions ?? []).map((institution) => ({
        value: institution.code,
        label: `${institution.name} (${institution.code})`,
      })),
    ],
    values.institution,
  );
  const entityOptions = withCurrent(
    [
      { value: '', label: t('filters.anyEntity') },
      ...(options?.entities ?? []).map((entity) => ({
        value: entity,
        label: tc(`entities.${entity}`),
      })),
    ],
    values.entity,
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = isPeriodValid(values);
    setIsPeriodError(!isValid);
    if (isValid) onApply(values);
  }

  function handleClear() {
    setValues(EMPTY_ANALYTICS_FILTERS);
    setIsPeriodError(false);
    onApply(EMPTY_ANALYTICS_FILTERS);
  }

  return (
    <form className="card filters analytics-filters" onSubmit={handleSubmit} noValidate>
      <fieldset className="fieldset">
        <legend>{t('filters.legend')}</legend>
        <div className="filters__grid">
          <TextField
            label={t('filters.from')}
            type="date"
            value={values.from}
            onChange={set('from')}
          />
          <TextField
            label={t('filters.to')}
            type="date"
            value={values.to}
            onChange={set('to')}
            error={isPeriodError ? t('filters.periodInvalid') : null}
          />
          <SelectField
            label={t('filters.series')}
            value={values.series}
            options={seriesOptions}
            onChange={set('series')}
          />
          <SelectField
            label={t('filters.institution')}
            value={values.institution}
            options={institutionOptions}
            onChange={set('institution')}
          />
          <SelectField
            label={t('filters.entity')}
            value={values.entity}
            options={entityOptions}
            onChange={set('entity')}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button">
            {t('filters.apply')}
          </button>
          <button type="button" className="button button--secondary" onClick={handleClear}>
            {t('filters.clear')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

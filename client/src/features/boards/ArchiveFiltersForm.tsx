import { type BoardSummary, TUMOR_ENTITIES } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/FormField';
import {
  type ArchiveFilters,
  institutionChoices,
  isFiltering,
  isRangeValid,
  NO_FILTERS,
} from './archive';

interface ArchiveFiltersFormProps {
  /** All boards, so the institution choices do not shrink as filters apply. */
  boards: readonly BoardSummary[];
  filters: ArchiveFilters;
  onChange: (filters: ArchiveFilters) => void;
}

/** Entity, center and date range; the lists below follow every change at once. */
export function ArchiveFiltersForm({ boards, filters, onChange }: ArchiveFiltersFormProps) {
  const { t } = useTranslation('minutes');
  const { t: tc } = useTranslation('clinical');
  const entityOptions = [
    { value: '', label: t('archive.filters.anyEntity') },
    ...TUMOR_ENTITIES.map((entity) => ({ value: entity, label: tc(`entities.${entity}`) })),
  ];
  const institutionOptions = [
    { value: '', label: t('archive.filters.anyInstitution') },
    ...institutionChoices(boards).map((choice) => ({
      value: choice.id,
      label: `${choice.code} · ${choice.name}`,
    })),
  ];
  const set = (change: Partial<ArchiveFilters>) => onChange({ ...filters, ...change });
  const rangeError = isRangeValid(filters) ? null : t('archive.filters.rangeInvalid');

  return (
    <form className="card archive-filters" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="fieldset">
        <legend>{t('archive.filters.legend')}</legend>
        <div className="filters__grid">
          <SelectField
            label={t('archive.filters.entity')}
            value={filters.entity}
            options={entityOptions}
            onChange={(entity) =>
              set({ entity: TUMOR_ENTITIES.find((candidate) => candidate === entity) ?? '' })
            }
          />
          <SelectField
            label={t('archive.filters.institution')}
            value={filters.institutionId}
            options={institutionOptions}
            onChange={(institutionId) => set({ institutionId })}
          />
          <TextField
            type="date"
            label={t('archive.filters.from')}
            value={filters.fromDay}
            max={filters.toDay || undefined}
            onChange={(fromDay) => set({ fromDay })}
          />
          <TextField
            type="date"
            label={t('archive.filters.to')}
            value={filters.toDay}
            min={filters.fromDay || undefined}
            error={rangeError}
            onChange={(toDay) => set({ toDay })}
          />
        </div>
        {isFiltering(filters) && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onChange(NO_FILTERS)}
          >
            {t('archive.filters.clear')}
          </button>
        )}
      </fieldset>
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField } from '../../components/FormField';
import { SectionLegend } from '../../components/SectionLegend';
import type { BoardFormValues } from './boardForm';
import type { InstitutionOption } from './boardsApi';

interface InstitutionsFieldProps {
  institutions: InstitutionOption[];
  values: BoardFormValues;
  onChange: (next: Partial<BoardFormValues>) => void;
  hostError: string | null;
  institutionsError: string | null;
}

/** Host and participating institutions; the host always takes part. */
export function InstitutionsField(props: InstitutionsFieldProps) {
  const { t } = useTranslation('clinical');
  const { institutions, values, onChange } = props;

  function handleHostChange(hostInstitutionId: string) {
    const institutionIds = values.institutionIds.includes(hostInstitutionId)
      ? values.institutionIds
      : [hostInstitutionId, ...values.institutionIds];
    onChange({ hostInstitutionId, institutionIds });
  }

  function handleToggle(institutionId: string, isChecked: boolean) {
    const institutionIds = isChecked
      ? [...values.institutionIds, institutionId]
      : values.institutionIds.filter((id) => id !== institutionId);
    // Keep the order of the directory list, so zones always read in the same order.
    onChange({
      institutionIds: institutions
        .map((institution) => institution.id)
        .filter((id) => institutionIds.includes(id)),
    });
  }

  return (
    <fieldset className="card fieldset">
      <SectionLegend>{t('boardForm.sections.centers')}</SectionLegend>
      <div className="centers-grid">
        <SelectField
          id="board-host"
          label={t('boardForm.host')}
          value={values.hostInstitutionId}
          options={institutions.map((institution) => ({
            value: institution.id,
            label: `${institution.name} (${institution.code})`,
          }))}
          onChange={handleHostChange}
          hint={t('boardForm.hostHint')}
          error={props.hostError}
        />
        <fieldset
          className={props.institutionsError ? 'fieldset field--invalid' : 'fieldset'}
          aria-describedby={props.institutionsError ? 'board-institutions-error' : undefined}
        >
          <legend className="field__label">{t('boardForm.institutions')}</legend>
          <div className="check-list">
            {institutions.map((institution) => {
              const isHost = institution.id === values.hostInstitutionId;
              return (
                <CheckboxField
                  key={institution.id}
                  label={`${institution.name} (${institution.code}) · ${institution.city}`}
                  hint={isHost ? t('boardForm.hostTakesPart') : undefined}
                  isChecked={isHost || values.institutionIds.includes(institution.id)}
                  isDisabled={isHost}
                  onChange={(isChecked) => handleToggle(institution.id, isChecked)}
                />
              );
            })}
          </div>
          {props.institutionsError && (
            <p className="field__error" id="board-institutions-error">
              {props.institutionsError}
            </p>
          )}
        </fieldset>
      </div>
    </fieldset>
  );
}

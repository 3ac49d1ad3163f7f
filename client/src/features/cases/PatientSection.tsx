import { AGE_BANDS, type Participant, SEXES } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/FormField';
import { SectionLegend } from '../../components/SectionLegend';
import { caseFieldId } from './caseFieldRules';
import type { SectionProps } from './sectionProps';

interface PatientSectionProps extends SectionProps {
  presenters: Participant[];
  pseudonym: string | null;
}

export function PatientSection({
  values,
  onChange,
  errorFor,
  presenters,
  pseudonym,
}: PatientSectionProps) {
  const { t } = useTranslation('clinical');
  const set = (key: 'presenterId' | 'ageYears' | 'ageBand' | 'sex') => (value: string) =>
    onChange((current) => ({ ...current, [key]: value }));

  return (
    <fieldset className="card fieldset" id="section-patient">
      <SectionLegend>{t('caseForm.sections.patient')}</SectionLegend>
      <p className="callout">
        {pseudonym
          ? t('caseForm.pseudonymExisting', { pseudonym })
          : t('caseForm.pseudonymGenerated')}
      </p>
      <div className="form--grid">
        <SelectField
          id={caseFieldId('presenterId')}
          label={t('caseForm.presenter')}
          value={values.presenterId}
          options={[
            { value: '', label: t('caseForm.presenterNone') },
            ...presenters.map((person) => ({ value: person.id, label: person.name })),
          ]}
          onChange={set('presenterId')}
          hint={t('caseForm.presenterHint')}
          error={errorFor('presenterId')}
        />
        <fieldset className="fieldset">
          <legend className="field__label">{t('caseForm.age')}</legend>
          <div className="segmented">
            {(['years', 'band'] as const).map((mode) => (
              <label key={mode} className="segmented__option">
                <input
                  type="radio"
                  name="ageMode"
                  value={mode}
                  checked={values.ageMode === mode}
                  onChange={() => onChange((current) => ({ ...current, ageMode: mode }))}
                />
                {t(`caseForm.ageMode.${mode}`)}
              </label>
            ))}
          </div>
          {values.ageMode === 'years' ? (
            <TextField
              id={caseFieldId('ageYears')}
              label={t('caseForm.ageYears')}
              type="number"
              min="0"
              max="120"
              value={values.ageYears}
              onChange={set('ageYears')}
              error={errorFor('ageYears')}
            />
          ) : (
            <SelectField
              id={caseFieldId('ageBand')}
              label={t('caseForm.ageBand')}
              value={values.ageBand}
              options={[
                { value: '', label: t('caseForm.notStated') },
                ...AGE_BANDS.map((band) => ({ value: band, label: band.replace('-', '–') })),
              ]}
              onChange={set('ageBand')}
              error={errorFor('ageBand')}
            />
          )}
        </fieldset>
        <SelectField
          id={caseFieldId('sex')}
          label={t('caseForm.sex')}
          value={values.sex}
          options={[
            { value: '', label: t('caseForm.notStated') },
            ...SEXES.map((sex) => ({ value: sex, label: t(`sex.${sex}`) })),
          ]}
          onChange={set('sex')}
          error={errorFor('sex')}
        />
      </div>
    </fieldset>
  );
}

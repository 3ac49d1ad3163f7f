import { DIAGNOSIS_SYSTEM_NAMES, DIAGNOSIS_SYSTEMS, LATERALITIES } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/FormField';
import { SectionLegend } from '../../components/SectionLegend';
import { caseFieldId } from './caseFieldRules';
import { type CaseFormValues, withSuggestedEdition } from './caseForm';
import type { SectionProps } from './sectionProps';

type DiagnosisKey = keyof CaseFormValues['diagnosis'];

export function DiagnosisSection({
  values,
  onChange,
  errorFor,
  today,
}: SectionProps & { today: string }) {
  const { t } = useTranslation('clinical');
  const { diagnosis } = values;
  const set = (key: DiagnosisKey) => (value: string) =>
    onChange((current) => {
      const next = { ...current, diagnosis: { ...current.diagnosis, [key]: value } };
      return key === 'code' ? withSuggestedEdition(next) : next;
    });

  /** Id, value, change handler and error of one field; `path` when its input path differs. */
  const field = (key: DiagnosisKey, path = `diagnosis.${key}`) => ({
    id: caseFieldId(path),
    value: diagnosis[key],
    onChange: set(key),
    error: errorFor(path),
  });

  return (
    <fieldset className="card fieldset" id="section-diagnosis">
      <SectionLegend>{t('caseForm.sections.diagnosis')}</SectionLegend>
      <div className="form--grid">
        <SelectField
          {...field('system', 'diagnosis.icd10.system')}
          label={t('caseForm.diagnosisSystem')}
          options={DIAGNOSIS_SYSTEM_NAMES.map((system) => ({
            value: system,
            label: `${system} ${DIAGNOSIS_SYSTEMS[system].version}`,
          }))}
          hint={t('caseForm.diagnosisSystemHint')}
        />
        <TextField
          {...field('code', 'diagnosis.icd10.code')}
          label={t('caseForm.icd10Code')}
          placeholder="C34.1"
          autoComplete="off"
        />
        <div className="form__span-2">
          <TextField
            {...field('text', 'diagnosis.icd10.text')}
            label={t('caseForm.icd10Text')}
            placeholder={t('caseForm.icd10TextPlaceholder')}
          />
        </div>
        <TextField
          {...field('topography')}
          label={t('caseForm.topography')}
          placeholder="C34.1"
          hint={t('caseForm.topographyHint')}
          autoComplete="off"
        />
        <TextField
          {...field('morphology')}
          label={t('caseForm.morphology')}
          placeholder="8140/3"
          hint={t('caseForm.morphologyHint')}
          autoComplete="off"
        />
        <SelectField
          {...field('laterality')}
          label={t('caseForm.laterality')}
          options={[
            { value: '', label: t('caseForm.notStated') },
            ...LATERALITIES.map((side) => ({ value: side, label: t(`laterality.${side}`) })),
          ]}
        />
        <TextField
          {...field('diagnosedOn')}
          label={t('caseForm.diagnosedOn')}
          type="date"
          max={today}
        />
      </div>
    </fieldset>
  );
}

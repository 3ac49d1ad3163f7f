import { DIAGNOSIS_SYSTEM_NAMES, DIAGNOSIS_SYSTEMS, LATERALITIES } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/FormField';
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

  return (
    <fieldset className="card fieldset" id="section-diagnosis">
      <legend className="card__legend">{t('caseForm.sections.diagnosis')}</legend>
      <div className="form--grid">
        <SelectField
          id={caseFieldId('diagnosis.icd10.system')}
          label={t('caseForm.diagnosisSystem')}
          value={diagnosis.system}
          options={DIAGNOSIS_SYSTEM_NAMES.map((system) => ({
            value: system,
            label: `${system} ${DIAGNOSIS_SYSTEMS[system].version}`,
          }))}
          onChange={set('system')}
          hint={t('caseForm.diagnosisSystemHint')}
          error={errorFor('diagnosis.icd10.system')}
        />
        <TextField
          id={caseFieldId('diagnosis.icd10.code')}
          label={t('caseForm.icd10Code')}
          value={diagnosis.code}
          onChange={set('code')}
          placeholder="C34.1"
          autoComplete="off"
          error={errorFor('diagnosis.icd10.code')}
        />
        <div className="form__span-2">
          <TextField
            id={caseFieldId('diagnosis.icd10.text')}
            label={t('caseForm.icd10Text')}
            value={diagnosis.text}
            onChange={set('text')}
            placeholder={t('caseForm.icd10TextPlaceholder')}
            error={errorFor('diagnosis.icd10.text')}
          />
        </div>
        <TextField
          id={caseFieldId('diagnosis.topography')}
          label={t('caseForm.topography')}
          value={diagnosis.topography}
          onChange={set('topography')}
          placeholder="C34.1"
          hint={t('caseForm.topographyHint')}
          autoComplete="off"
          error={errorFor('diagnosis.topography')}
        />
        <TextField
          id={caseFieldId('diagnosis.morphology')}
          label={t('caseForm.morphology')}
          value={diagnosis.morphology}
          onChange={set('morphology')}
          placeholder="8140/3"
          hint={t('caseForm.morphologyHint')}
          autoComplete="off"
          error={errorFor('diagnosis.morphology')}
        />
        <SelectField
          id={caseFieldId('diagnosis.laterality')}
          label={t('caseForm.laterality')}
          value={diagnosis.laterality}
          options={[
            { value: '', label: t('caseForm.notStated') },
            ...LATERALITIES.map((side) => ({ value: side, label: t(`laterality.${side}`) })),
          ]}
          onChange={set('laterality')}
          error={errorFor('diagnosis.laterality')}
        />
        <TextField
          id={caseFieldId('diagnosis.diagnosedOn')}
          label={t('caseForm.diagnosedOn')}
          type="date"
          max={today}
          value={diagnosis.diagnosedOn}
          onChange={set('diagnosedOn')}
          error={errorFor('diagnosis.diagnosedOn')}
        />
      </div>
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/FormField';
import { SectionLegend } from '../../components/SectionLegend';
import { Suggestions } from '../../components/Suggestions';
import { TextAreaField } from '../../components/TextAreaField';
import { CaseRows } from './CaseRows';
import { caseFieldId } from './caseFieldRules';
import { emptyBiomarker, emptyTherapy } from './caseForm';
import type { SectionProps } from './sectionProps';

const ECOG_GRADES = [0, 1, 2, 3, 4, 5] as const;

/** Names the boards most often need; free text stays possible. */
const BIOMARKER_SUGGESTIONS = [
  'PD-L1 TPS',
  'PD-L1 CPS',
  'EGFR',
  'ALK',
  'ROS1',
  'KRAS',
  'BRAF',
  'MET',
  'RET',
  'NTRK',
  'HER2',
  'MSI / MMR',
  'BRCA1/2',
  'TMB',
];

/** Biomarkers, ECOG, comorbidities and prior therapies. */
export function ClinicalSection({
  values,
  onChange,
  errorFor,
  today,
}: SectionProps & { today: string }) {
  const { t } = useTranslation('clinical');
  const ecogError = errorFor('ecog');
  return (
    <fieldset className="card fieldset" id="section-clinical">
      <SectionLegend>{t('caseForm.sections.clinical')}</SectionLegend>

      <h3 className="subheading">{t('caseForm.biomarkers')}</h3>
      <Suggestions id="biomarker-names" values={BIOMARKER_SUGGESTIONS} />
      <CaseRows
        list="biomarkers"
        values={values}
        onChange={onChange}
        errorFor={errorFor}
        rowLabel={(index) => t('caseForm.biomarkerRow', { number: index + 1 })}
        addLabel={t('caseForm.addBiomarker')}
        emptyText={t('caseForm.noBiomarkers')}
        emptyRow={emptyBiomarker}
        renderRow={(_row, field) => (
          <>
            <TextField
              {...field.text('name')}
              label={t('caseForm.biomarkerName')}
              list="biomarker-names"
              autoComplete="off"
            />
            <TextField
              {...field.text('result')}
              label={t('caseForm.biomarkerResult')}
              placeholder={t('caseForm.biomarkerResultPlaceholder')}
            />
          </>
        )}
      />

      <fieldset
        className={ecogError ? 'fieldset ecog field--invalid' : 'fieldset ecog'}
        aria-describedby={ecogError ? 'case-ecog-error' : undefined}
      >
        <legend className="subheading">{t('caseForm.ecog')}</legend>
        <div className="ecog__options">
          {ECOG_GRADES.map((grade) => (
            <label key={grade} className="ecog__option">
              <input
                id={grade === 0 ? caseFieldId('ecog') : undefined}
                type="radio"
                name="ecog"
                value={grade}
                checked={values.ecog === String(grade)}
                aria-invalid={ecogError ? true : undefined}
                onChange={() => onChange((current) => ({ ...current, ecog: String(grade) }))}
              />
              <span className="ecog__grade">{grade}</span>
              <span className="ecog__label">{t(`ecog.${grade}`)}</span>
            </label>
          ))}
        </div>
        {ecogError && (
          <p className="field__error" id="case-ecog-error">
            {ecogError}
          </p>
        )}
      </fieldset>

      <TextAreaField
        id={caseFieldId('comorbidities')}
        label={t('caseForm.comorbidities')}
        hint={t('caseForm.comorbiditiesHint')}
        value={values.comorbidities}
        onChange={(comorbidities) => onChange((current) => ({ ...current, comorbidities }))}
        maxLength={2000}
        error={errorFor('comorbidities')}
      />

      <h3 className="subheading">{t('caseForm.priorTherapies')}</h3>
      <CaseRows
        list="priorTherapies"
        values={values}
        onChange={onChange}
        errorFor={errorFor}
        rowLabel={(index) => t('caseForm.therapyRow', { number: index + 1 })}
        addLabel={t('caseForm.addTherapy')}
        emptyText={t('caseForm.noTherapies')}
        emptyRow={emptyTherapy}
        renderRow={(_row, field) => (
          <>
            <div className="repeatable__wide">
              <TextField
                {...field.text('description')}
                label={t('caseForm.therapyDescription')}
                placeholder={t('caseForm.therapyPlaceholder')}
              />
            </div>
            <TextField
              {...field.text('startedOn')}
              label={t('caseForm.therapyStarted')}
              type="date"
              max={today}
            />
            <TextField
              {...field.text('endedOn')}
              label={t('caseForm.therapyEnded')}
              type="date"
              max={today}
            />
          </>
        )}
      />
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/FormField';
import { TextAreaField } from '../../components/TextAreaField';
import { caseFieldId } from './caseFieldRules';
import { emptyBiomarker, emptyTherapy } from './caseForm';
import { RepeatableRows } from './RepeatableRows';
import { addRow, removeRow, type SectionProps, updateRow } from './sectionProps';

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
      <legend className="card__legend">{t('caseForm.sections.clinical')}</legend>

      <h3 className="subheading">{t('caseForm.biomarkers')}</h3>
      <datalist id="biomarker-names">
        {BIOMARKER_SUGGESTIONS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <RepeatableRows
        rows={values.biomarkers}
        rowLabel={(index) => t('caseForm.biomarkerRow', { number: index + 1 })}
        addLabel={t('caseForm.addBiomarker')}
        emptyText={t('caseForm.noBiomarkers')}
        error={errorFor('biomarkers')}
        onAdd={() => onChange(addRow('biomarkers', emptyBiomarker()))}
        onRemove={(index) => onChange(removeRow('biomarkers', index))}
        renderRow={(row, index) => (
          <>
            <TextField
              id={caseFieldId(`biomarkers.${index}.name`)}
              label={t('caseForm.biomarkerName')}
              value={row.name}
              list="biomarker-names"
              autoComplete="off"
              onChange={(name) => onChange(updateRow('biomarkers', index, { name }))}
              error={errorFor(`biomarkers.${index}.name`)}
            />
            <TextField
              id={caseFieldId(`biomarkers.${index}.result`)}
              label={t('caseForm.biomarkerResult')}
              value={row.result}
              placeholder={t('caseForm.biomarkerResultPlaceholder')}
              onChange={(result) => onChange(updateRow('biomarkers', index, { result }))}
              error={errorFor(`biomarkers.${index}.result`)}
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
      <RepeatableRows
        rows={values.priorTherapies}
        rowLabel={(index) => t('caseForm.therapyRow', { number: index + 1 })}
        addLabel={t('caseForm.addTherapy')}
        emptyText={t('caseForm.noTherapies')}
        error={errorFor('priorTherapies')}
        onAdd={() => onChange(addRow('priorTherapies', emptyTherapy()))}
        onRemove={(index) => onChange(removeRow('priorTherapies', index))}
        renderRow={(row, index) => (
          <>
            <div className="repeatable__wide">
              <TextField
                id={caseFieldId(`priorTherapies.${index}.description`)}
                label={t('caseForm.therapyDescription')}
                value={row.description}
                placeholder={t('caseForm.therapyPlaceholder')}
                onChange={(description) =>
                  onChange(updateRow('priorTherapies', index, { description }))
                }
                error={errorFor(`priorTherapies.${index}.description`)}
              />
            </div>
            <TextField
              id={caseFieldId(`priorTherapies.${index}.startedOn`)}
              label={t('caseForm.therapyStarted')}
              type="date"
              max={today}
              value={row.startedOn}
              onChange={(startedOn) => onChange(updateRow('priorTherapies', index, { startedOn }))}
              error={errorFor(`priorTherapies.${index}.startedOn`)}
            />
            <TextField
              id={caseFieldId(`priorTherapies.${index}.endedOn`)}
              label={t('caseForm.therapyEnded')}
              type="date"
              max={today}
              value={row.endedOn}
              onChange={(endedOn) => onChange(updateRow('priorTherapies', index, { endedOn }))}
              error={errorFor(`priorTherapies.${index}.endedOn`)}
            />
          </>
        )}
      />
    </fieldset>
  );
}

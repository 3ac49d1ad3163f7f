import {
  GRADES,
  TNM_EDITIONS,
  TNM_PREFIXES,
  type TnmAxis,
  type TnmEdition,
  tnmCategories,
  UICC_STAGES,
} from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField } from '../../components/FormField';
import { SectionLegend } from '../../components/SectionLegend';
import { caseFieldId } from './caseFieldRules';
import { type CaseFormValues, suggestedEdition, TNM_AXES, type TnmValue } from './caseForm';
import type { SectionProps } from './sectionProps';

type Staging = CaseFormValues['staging'];

function isEdition(value: string): value is TnmEdition {
  return (TNM_EDITIONS as readonly string[]).includes(value);
}

export function StagingSection({ values, onChange, errorFor }: SectionProps) {
  const { t } = useTranslation('clinical');
  const { staging } = values;
  const code = values.diagnosis.code.trim().toUpperCase();
  const suggestion = suggestedEdition(code);
  const setStaging = (patch: Partial<Staging>) =>
    onChange((current) => ({ ...current, staging: { ...current.staging, ...patch } }));
  const setAxis = (axis: TnmAxis, patch: Partial<TnmValue>) =>
    onChange((current) => ({
      ...current,
      staging: { ...current.staging, [axis]: { ...current.staging[axis], ...patch } },
    }));

  return (
    <fieldset className="card fieldset" id="section-staging">
      <SectionLegend>{t('caseForm.sections.staging')}</SectionLegend>
      <CheckboxField
        id={caseFieldId('staging.notApplicable')}
        label={t('caseForm.stagingNotApplicable')}
        hint={t('caseForm.stagingNotApplicableHint')}
        isChecked={staging.notApplicable}
        onChange={(notApplicable) => setStaging({ notApplicable })}
      />
      {!staging.notApplicable && (
        <>
          <div className="form--grid">
            <SelectField
              id={caseFieldId('staging.edition')}
              label={t('caseForm.edition')}
              value={staging.edition}
              options={[
                { value: '', label: t('caseForm.chooseEdition') },
                ...TNM_EDITIONS.map((edition) => ({
                  value: edition,
                  label: t(`edition.${edition}`),
                })),
              ]}
              onChange={(value) => setStaging({ edition: isEdition(value) ? value : '' })}
              error={errorFor('staging.edition')}
            />
            {suggestion && staging.edition !== suggestion && (
              <div className="suggestion" role="note">
                <p>{t('caseForm.editionSuggestion')}</p>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setStaging({ edition: suggestion })}
                >
                  {t('caseForm.useEdition', { edition: suggestion })}
                </button>
              </div>
            )}
          </div>
          <p className="field__hint">
            {staging.edition === '' && `${t('caseForm.editionFirst')}. `}
            {TNM_PREFIXES.map((prefix) => t(`tnmPrefix.${prefix}`)).join(' · ')}
          </p>
          <div className="tnm">
            {TNM_AXES.map((axis) => (
              <TnmField
                key={axis}
                axis={axis}
                value={staging[axis]}
                edition={staging.edition}
                code={code}
                onChange={(patch) => setAxis(axis, patch)}
                errorFor={errorFor}
              />
            ))}
          </div>
        </>
      )}
      <div className="form--grid">
        {!staging.notApplicable && (
          <SelectField
            id={caseFieldId('staging.uiccStage')}
            label={t('caseForm.uiccStage')}
            value={staging.uiccStage}
            options={[
              { value: '', label: t('caseForm.notStated') },
              ...UICC_STAGES.map((stage) => ({ value: stage, label: stage })),
            ]}
            onChange={(uiccStage) => setStaging({ uiccStage })}
            error={errorFor('staging.uiccStage')}
          />
        )}
        <SelectField
          id={caseFieldId('staging.grade')}
          label={t('caseForm.grade')}
          value={staging.grade}
          options={[
            { value: '', label: t('caseForm.notStated') },
            ...GRADES.map((grade) => ({ value: grade, label: t(`grade.${grade}`) })),
          ]}
          onChange={(grade) => setStaging({ grade })}
          error={errorFor('staging.grade')}
        />
      </div>
    </fieldset>
  );
}

interface TnmFieldProps {
  axis: TnmAxis;
  value: TnmValue;
  edition: '' | TnmEdition;
  code: string;
  onChange: (patch: Partial<TnmValue>) => void;
  errorFor: (path: string) => string | null;
}

/** Prefix and category of one axis; categories come from the edition's list for this site. */
function TnmField({ axis, value, edition, code, onChange, errorFor }: TnmFieldProps) {
  const { t } = useTranslation('clinical');
  const categories = edition === '' ? [] : tnmCategories(edition, axis, code);
  // A category from another edition or site stays visible, marked, instead of vanishing.
  const isStale = value.category !== '' && !categories.includes(value.category);
  const staleError = isStale && edition !== '' ? t('caseForm.errors.tnmCategory') : null;
  return (
    <fieldset className="tnm__axis">
      <legend className="field__label">{t(`caseForm.tnmAxis.${axis}`)}</legend>
      <div className="tnm__controls">
        <SelectField
          id={caseFieldId(`staging.${axis}.prefix`)}
          label={t('caseForm.tnmPrefix')}
          value={value.prefix}
          options={TNM_PREFIXES.map((prefix) => ({ value: prefix, label: prefix }))}
          onChange={(prefix) => {
            const match = TNM_PREFIXES.find((candidate) => candidate === prefix);
            if (match) onChange({ prefix: match });
          }}
          error={errorFor(`staging.${axis}.prefix`)}
        />
        <SelectField
          id={caseFieldId(`staging.${axis}.category`)}
          label={t('caseForm.tnmCategory')}
          value={value.category}
          isDisabled={edition === ''}
          options={[
            { value: '', label: edition === '' ? '—' : t('caseForm.notStated') },
            ...(isStale
              ? [
                  {
                    value: value.category,
                    label: `⚠ ${value.category}`,
                  },
                ]
              : []),
            ...categories.map((category) => ({ value: category, label: category })),
          ]}
          onChange={(category) => onChange({ category })}
          error={errorFor(`staging.${axis}.category`) ?? staleError}
        />
      </div>
    </fieldset>
  );
}

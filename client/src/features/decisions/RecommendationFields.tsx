import { GUIDELINE_BODIES, INTENTS, MODALITIES, type Modality } from '@konsil/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField, TextField } from '../../components/FormField';
import { TextAreaField } from '../../components/TextAreaField';
import { ChoiceGroup } from './ChoiceGroup';
import { DecisionTextArea } from './DecisionTextArea';
import type { Concordance, RecommendationFormValues } from './recommendationForm';

const CONCORDANCE: readonly Concordance[] = ['yes', 'no', 'unknown'];

interface RecommendationFieldsProps {
  values: RecommendationFormValues;
  /** Receives a change to apply to the form as it is then, not as it was rendered. */
  onChange: (change: (values: RecommendationFormValues) => RecommendationFormValues) => void;
  /** The translated hint for a field path ("content.trialRegistryId"), or null. */
  errorFor: (path: string) => string | null;
}

/** The inputs of the structured recommendation; the form around them owns saving. */
export function RecommendationFields({ values, onChange, errorFor }: RecommendationFieldsProps) {
  const { t } = useTranslation('clinical');
  const id = useId();
  const set =
    <K extends keyof RecommendationFormValues>(key: K) =>
    (value: RecommendationFormValues[K]) =>
      onChange((current) => ({ ...current, [key]: value }));
  const toggleModality = (modality: Modality, isChecked: boolean) =>
    onChange((current) => ({
      ...current,
      modalities: isChecked
        ? [...current.modalities.filter((item) => item !== modality), modality]
        : current.modalities.filter((item) => item !== modality),
    }));
  const modalitiesError = errorFor('content.modalities');

  return (
    <>
      <DecisionTextArea
        id={`${id}-text`}
        testId="recommendation-text"
        label={t('decision.recommendation.decisionText')}
        hint={t('decision.recommendation.decisionTextHint')}
        value={values.decisionText}
        onChange={set('decisionText')}
        rows={5}
        maxLength={4000}
        error={errorFor('content.decisionText')}
      />
      <ChoiceGroup
        legend={t('decision.recommendation.intent')}
        options={[
          { value: '', label: t('decision.recommendation.notStated') },
          ...INTENTS.map((intent) => ({ value: intent, label: t(`decision.intent.${intent}`) })),
        ]}
        value={values.intent}
        onChange={set('intent')}
        error={errorFor('content.intent')}
      />
      <fieldset
        className={modalitiesError ? 'fieldset field--invalid' : 'fieldset'}
        aria-describedby={modalitiesError ? `${id}-modalities-error` : undefined}
      >
        <legend className="field__label">{t('decision.recommendation.modalities')}</legend>
        <div className="decision-modalities">
          {MODALITIES.map((modality) => (
            <CheckboxField
              key={modality}
              label={t(`decision.modality.${modality}`)}
              isChecked={values.modalities.includes(modality)}
              onChange={(isChecked) => toggleModality(modality, isChecked)}
            />
          ))}
        </div>
        {modalitiesError && (
          <p className="field__error" id={`${id}-modalities-error`}>
            {modalitiesError}
          </p>
        )}
      </fieldset>
      <div className="form--grid">
        <SelectField
          label={t('decision.recommendation.guidelineBody')}
          value={values.guidelineBody}
          options={[
            { value: '', label: t('decision.recommendation.guidelineNone') },
            ...GUIDELINE_BODIES.map((body) => ({
              value: body,
              label: t(`decision.guideline.${body}`),
            })),
          ]}
          onChange={(body) =>
            set('guidelineBody')(GUIDELINE_BODIES.find((item) => item === body) ?? '')
          }
          error={errorFor('content.guideline.body')}
        />
        <TextField
          label={t('decision.recommendation.guidelineName')}
          placeholder={t('decision.recommendation.guidelineNamePlaceholder')}
          value={values.guidelineName}
          onChange={set('guidelineName')}
          error={errorFor('content.guideline.name')}
        />
        <TextField
          label={t('decision.recommendation.guidelineVersion')}
          placeholder={t('decision.recommendation.guidelineVersionPlaceholder')}
          value={values.guidelineVersion}
          onChange={set('guidelineVersion')}
          error={errorFor('content.guideline.version')}
        />
      </div>
      <ChoiceGroup
        legend={t('decision.recommendation.concordance')}
        options={CONCORDANCE.map((choice) => ({
          value: choice,
          label: t(`decision.concordance.${choice}`),
        }))}
        value={values.concordance}
        onChange={set('concordance')}
        error={errorFor('content.isGuidelineConcordant')}
      />
      {values.concordance === 'no' && (
        <TextAreaField
          label={t('decision.recommendation.nonConcordanceReason')}
          value={values.nonConcordanceReason}
          onChange={set('nonConcordanceReason')}
          maxLength={1000}
          isRequired
          error={errorFor('content.nonConcordanceReason')}
        />
      )}
      <div className="form--grid">
        <TextField
          label={t('decision.recommendation.trialRegistryId')}
          hint={t('decision.recommendation.trialRegistryIdHint')}
          value={values.trialRegistryId}
          onChange={set('trialRegistryId')}
          autoComplete="off"
          error={errorFor('content.trialRegistryId')}
        />
        <TextField
          label={t('decision.recommendation.followUpOn')}
          type="date"
          value={values.followUpOn}
          onChange={set('followUpOn')}
          error={errorFor('content.followUpOn')}
        />
      </div>
      <CheckboxField
        label={t('decision.recommendation.rePresent')}
        isChecked={values.rePresent}
        onChange={set('rePresent')}
        error={errorFor('content.rePresent')}
      />
    </>
  );
}

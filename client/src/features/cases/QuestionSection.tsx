import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField';
import { TextField } from '../../components/FormField';
import { SectionLegend } from '../../components/SectionLegend';
import { TextAreaField } from '../../components/TextAreaField';
import { caseFieldId } from './caseFieldRules';
import type { SectionProps } from './sectionProps';

/** The question for the board, consent to sharing, and the reference that stays at home. */
export function QuestionSection({ values, onChange, errorFor }: SectionProps) {
  const { t } = useTranslation('clinical');
  return (
    <fieldset className="card fieldset" id="section-question">
      <SectionLegend>{t('caseForm.sections.question')}</SectionLegend>
      <TextAreaField
        id={caseFieldId('question')}
        label={t('caseForm.question')}
        hint={t('caseForm.questionHint')}
        value={values.question}
        rows={4}
        maxLength={2000}
        onChange={(question) => onChange((current) => ({ ...current, question }))}
        error={errorFor('question')}
      />
      <CheckboxField
        id={caseFieldId('consent')}
        label={t('caseForm.consent')}
        hint={t('caseForm.consentHint')}
        isChecked={values.consent}
        onChange={(consent) => onChange((current) => ({ ...current, consent }))}
        error={errorFor('consent')}
      />
      <div className="home-only">
        <TextField
          id={caseFieldId('homeReference')}
          label={t('caseForm.homeReference')}
          hint={t('caseForm.homeReferenceHint')}
          value={values.homeReference}
          autoComplete="off"
          onChange={(homeReference) => onChange((current) => ({ ...current, homeReference }))}
          error={errorFor('homeReference')}
        />
      </div>
    </fieldset>
  );
}

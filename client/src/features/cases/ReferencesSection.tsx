import { REFERENCE_KINDS } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/FormField';
import { SectionLegend } from '../../components/SectionLegend';
import { CaseRows } from './CaseRows';
import { emptyReference } from './caseForm';
import type { SectionProps } from './sectionProps';

/** Imaging and pathology: descriptions, dates and identifiers, never the images themselves. */
export function ReferencesSection({
  values,
  onChange,
  errorFor,
  today,
}: SectionProps & { today: string }) {
  const { t } = useTranslation('clinical');
  return (
    <fieldset className="card fieldset" id="section-references">
      <SectionLegend>{t('caseForm.sections.references')}</SectionLegend>
      <p className="muted">{t('caseForm.referencesIntro')}</p>
      <CaseRows
        list="references"
        values={values}
        onChange={onChange}
        errorFor={errorFor}
        rowLabel={(index) => t('caseForm.referenceRow', { number: index + 1 })}
        addLabel={t('caseForm.addReference')}
        emptyText={t('caseForm.noReferences')}
        emptyRow={emptyReference}
        renderRow={(row, field) => (
          <>
            <SelectField
              {...field.at('kind')}
              label={t('caseForm.referenceKind')}
              value={row.kind}
              options={REFERENCE_KINDS.map((kind) => ({
                value: kind,
                label: t(`referenceKind.${kind}`),
              }))}
              onChange={(kind) => {
                const match = REFERENCE_KINDS.find((candidate) => candidate === kind);
                if (match) field.update({ kind: match });
              }}
            />
            <div className="repeatable__wide">
              <TextField
                {...field.text('description')}
                label={t('caseForm.referenceDescription')}
                placeholder={t('caseForm.referencePlaceholder')}
              />
            </div>
            <TextField
              {...field.text('date')}
              label={t('caseForm.referenceDate')}
              type="date"
              max={today}
            />
            <TextField
              {...field.text('dicomStudyUid')}
              label={t('caseForm.dicomStudyUid')}
              placeholder="1.2.840.113619.2.55"
              autoComplete="off"
            />
            <div className="repeatable__wide">
              <TextField
                {...field.text('url')}
                label={t('caseForm.referenceUrl')}
                type="url"
                placeholder="https://"
              />
            </div>
          </>
        )}
      />
    </fieldset>
  );
}

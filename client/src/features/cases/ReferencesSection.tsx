import { REFERENCE_KINDS } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/FormField';
import { caseFieldId } from './caseFieldRules';
import { emptyReference } from './caseForm';
import { RepeatableRows } from './RepeatableRows';
import { addRow, removeRow, type SectionProps, updateRow } from './sectionProps';

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
      <legend className="card__legend">{t('caseForm.sections.references')}</legend>
      <p className="muted">{t('caseForm.referencesIntro')}</p>
      <RepeatableRows
        rows={values.references}
        rowLabel={(index) => t('caseForm.referenceRow', { number: index + 1 })}
        addLabel={t('caseForm.addReference')}
        emptyText={t('caseForm.noReferences')}
        error={errorFor('references')}
        onAdd={() => onChange(addRow('references', emptyReference()))}
        onRemove={(index) => onChange(removeRow('references', index))}
        renderRow={(row, index) => {
          const path = (field: string) => `references.${index}.${field}`;
          return (
            <>
              <SelectField
                id={caseFieldId(path('kind'))}
                label={t('caseForm.referenceKind')}
                value={row.kind}
                options={REFERENCE_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`referenceKind.${kind}`),
                }))}
                onChange={(kind) => {
                  const match = REFERENCE_KINDS.find((candidate) => candidate === kind);
                  if (match) onChange(updateRow('references', index, { kind: match }));
                }}
                error={errorFor(path('kind'))}
              />
              <div className="repeatable__wide">
                <TextField
                  id={caseFieldId(path('description'))}
                  label={t('caseForm.referenceDescription')}
                  value={row.description}
                  placeholder={t('caseForm.referencePlaceholder')}
                  onChange={(description) =>
                    onChange(updateRow('references', index, { description }))
                  }
                  error={errorFor(path('description'))}
                />
              </div>
              <TextField
                id={caseFieldId(path('date'))}
                label={t('caseForm.referenceDate')}
                type="date"
                max={today}
                value={row.date}
                onChange={(date) => onChange(updateRow('references', index, { date }))}
                error={errorFor(path('date'))}
              />
              <TextField
                id={caseFieldId(path('dicomStudyUid'))}
                label={t('caseForm.dicomStudyUid')}
                value={row.dicomStudyUid}
                placeholder="1.2.840.113619.2.55"
                autoComplete="off"
                onChange={(dicomStudyUid) =>
                  onChange(updateRow('references', index, { dicomStudyUid }))
                }
                error={errorFor(path('dicomStudyUid'))}
              />
              <div className="repeatable__wide">
                <TextField
                  id={caseFieldId(path('url'))}
                  label={t('caseForm.referenceUrl')}
                  type="url"
                  value={row.url}
                  placeholder="https://"
                  onChange={(url) => onChange(updateRow('references', index, { url }))}
                  error={errorFor(path('url'))}
                />
              </div>
            </>
          );
        }}
      />
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/FormField';
import { caseFieldId } from './caseFieldRules';
import { emptyProm } from './caseForm';
import { RepeatableRows } from './RepeatableRows';
import { addRow, removeRow, type SectionProps, updateRow } from './sectionProps';

const INSTRUMENTS = ['EORTC QLQ-C30', 'EORTC QLQ-LC13', 'EORTC QLQ-BR23', 'EQ-5D-5L VAS'];
const SCALES = [
  'Global health status',
  'Physical functioning',
  'Role functioning',
  'Emotional functioning',
  'Fatigue',
  'Pain',
  'Dyspnoea',
];

/** Patient-reported outcomes: dated 0–100 scores, shown as a trend on the case card. */
export function PromsSection({
  values,
  onChange,
  errorFor,
  today,
}: SectionProps & { today: string }) {
  const { t } = useTranslation('clinical');
  return (
    <fieldset className="card fieldset" id="section-proms">
      <legend className="card__legend">{t('caseForm.sections.proms')}</legend>
      <p className="muted">{t('caseForm.promsIntro')}</p>
      <datalist id="prom-instruments">
        {INSTRUMENTS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id="prom-scales">
        {SCALES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <RepeatableRows
        rows={values.proms}
        rowLabel={(index) => t('caseForm.promRow', { number: index + 1 })}
        addLabel={t('caseForm.addProm')}
        emptyText={t('caseForm.noProms')}
        error={errorFor('proms')}
        onAdd={() => onChange(addRow('proms', emptyProm()))}
        onRemove={(index) => onChange(removeRow('proms', index))}
        renderRow={(row, index) => {
          const path = (field: string) => `proms.${index}.${field}`;
          return (
            <>
              <TextField
                id={caseFieldId(path('instrument'))}
                label={t('caseForm.promInstrument')}
                value={row.instrument}
                list="prom-instruments"
                autoComplete="off"
                onChange={(instrument) => onChange(updateRow('proms', index, { instrument }))}
                error={errorFor(path('instrument'))}
              />
              <TextField
                id={caseFieldId(path('scale'))}
                label={t('caseForm.promScale')}
                value={row.scale}
                list="prom-scales"
                autoComplete="off"
                onChange={(scale) => onChange(updateRow('proms', index, { scale }))}
                error={errorFor(path('scale'))}
              />
              <TextField
                id={caseFieldId(path('date'))}
                label={t('caseForm.promDate')}
                type="date"
                max={today}
                value={row.date}
                onChange={(date) => onChange(updateRow('proms', index, { date }))}
                error={errorFor(path('date'))}
              />
              <TextField
                id={caseFieldId(path('score'))}
                label={t('caseForm.promScore')}
                type="number"
                min="0"
                max="100"
                step="any"
                value={row.score}
                onChange={(score) => onChange(updateRow('proms', index, { score }))}
                error={errorFor(path('score'))}
              />
            </>
          );
        }}
      />
    </fieldset>
  );
}

import { QLQ_C30_SCALES } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/FormField';
import { SectionLegend } from '../../components/SectionLegend';
import { Suggestions } from '../../components/Suggestions';
import { CaseRows } from './CaseRows';
import { emptyProm } from './caseForm';
import type { SectionProps } from './sectionProps';

const INSTRUMENTS = ['EORTC QLQ-C30', 'EORTC QLQ-LC13', 'EORTC QLQ-BR23', 'EQ-5D-5L VAS'];
/** The scorer's own names, so that hand-entered scores join the imported ones in one trend. */
const SCALES = QLQ_C30_SCALES.map((scale) => scale.name);

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
      <SectionLegend>{t('caseForm.sections.proms')}</SectionLegend>
      <p className="muted">{t('caseForm.promsIntro')}</p>
      <Suggestions id="prom-instruments" values={INSTRUMENTS} />
      <Suggestions id="prom-scales" values={SCALES} />
      <CaseRows
        list="proms"
        values={values}
        onChange={onChange}
        errorFor={errorFor}
        rowLabel={(index) => t('caseForm.promRow', { number: index + 1 })}
        addLabel={t('caseForm.addProm')}
        emptyText={t('caseForm.noProms')}
        emptyRow={emptyProm}
        renderRow={(_row, field) => (
          <>
            <TextField
              {...field.text('instrument')}
              label={t('caseForm.promInstrument')}
              list="prom-instruments"
              autoComplete="off"
            />
            <TextField
              {...field.text('scale')}
              label={t('caseForm.promScale')}
              list="prom-scales"
              autoComplete="off"
            />
            <TextField
              {...field.text('date')}
              label={t('caseForm.promDate')}
              type="date"
              max={today}
            />
            <TextField
              {...field.text('score')}
              label={t('caseForm.promScore')}
              type="number"
              min="0"
              max="100"
              step="any"
            />
          </>
        )}
      />
    </fieldset>
  );
}

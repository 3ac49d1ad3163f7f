import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/FormField';
import { SectionLegend } from '../../components/SectionLegend';
import { viewerTimeZone, zoneCity } from '../../lib/time';
import type { BoardFormValues } from './boardForm';
import type { InstitutionOption } from './boardsApi';
import { SlotHelper } from './SlotHelper';
import { StartPreview } from './StartPreview';

interface BoardTimeFieldsProps {
  values: BoardFormValues;
  participating: InstitutionOption[];
  onChange: (next: Partial<BoardFormValues>) => void;
  fieldError: (path: string) => string | null;
}

/** Date, time and zone of the start, with the shared working hours and a preview per zone. */
export function BoardTimeFields({
  values,
  participating,
  onChange,
  fieldError,
}: BoardTimeFieldsProps) {
  const { t } = useTranslation('clinical');
  const viewerZone = viewerTimeZone();
  const institutionZones = [...new Set(participating.map((institution) => institution.timeZone))];
  // The zone a time is entered in: any participating institution's, the viewer's own, or the
  // one the board was planned in.
  const zones = [...new Set([values.timeZone, ...institutionZones, viewerZone])];
  const zoneOptions = zones.map((zone) => ({
    value: zone,
    label:
      zone === viewerZone && !institutionZones.includes(zone)
        ? t('boardForm.zoneOptionDevice', { city: zoneCity(zone), zone })
        : t('boardForm.zoneOption', { city: zoneCity(zone), zone }),
  }));

  return (
    <fieldset className="card fieldset">
      <SectionLegend>{t('boardForm.sections.time')}</SectionLegend>
      <div className="board-time">
        <div className="form--grid board-time__fields">
          <TextField
            id="board-date"
            label={t('boardForm.date')}
            type="date"
            value={values.date}
            onChange={(date) => onChange({ date })}
            isRequired
          />
          <TextField
            id="board-time"
            label={t('boardForm.time')}
            type="time"
            step="300"
            value={values.time}
            onChange={(time) => onChange({ time })}
            hint={t('boardForm.timeHint', { city: zoneCity(values.timeZone) })}
            error={fieldError('start.local')}
            isRequired
          />
          <SelectField
            id="board-zone"
            label={t('boardForm.timeZone')}
            value={values.timeZone}
            options={zoneOptions}
            onChange={(timeZone) => onChange({ timeZone })}
            error={fieldError('start.timeZone')}
          />
          <TextField
            id="board-duration"
            label={t('boardForm.duration')}
            type="number"
            min="15"
            max="480"
            step="5"
            value={values.durationMinutes}
            onChange={(durationMinutes) => onChange({ durationMinutes })}
            hint={t('boardForm.durationHint')}
            error={fieldError('durationMinutes')}
            isRequired
          />
        </div>
        <SlotHelper
          date={values.date}
          time={values.time}
          timeZone={values.timeZone}
          institutionZones={institutionZones}
          onPick={(time) => onChange({ time })}
        />
        <StartPreview values={values} zones={[...new Set([...institutionZones, viewerZone])]} />
      </div>
    </fieldset>
  );
}

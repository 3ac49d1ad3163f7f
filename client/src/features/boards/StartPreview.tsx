import { useTranslation } from 'react-i18next';
import { formatDate, formatTime, zoneCity } from '../../lib/time';
import { type BoardFormValues, isNonexistentTime, startInstant } from './boardForm';

interface StartPreviewProps {
  values: BoardFormValues;
  /** Participating institutions' zones and the viewer's own. */
  zones: string[];
}

/** The start and end as everyone will see them, updated as the coordinator types. */
export function StartPreview({ values, zones }: StartPreviewProps) {
  const { t, i18n } = useTranslation('clinical');
  const start = startInstant(values);
  const duration = Number(values.durationMinutes);
  const end =
    start && Number.isInteger(duration) && duration > 0
      ? new Date(start.getTime() + duration * 60_000)
      : null;

  return (
    <section className="preview" aria-labelledby="preview-title">
      <h3 id="preview-title" className="slots__title">
        {t('boardForm.preview.title')}
      </h3>
      {isNonexistentTime(values) ? (
        <p className="preview__warning" data-testid="preview-nonexistent">
          {t('boardForm.preview.nonexistent', {
            time: values.time,
            city: zoneCity(values.timeZone),
          })}
        </p>
      ) : !start ? (
        <p className="muted">{t('boardForm.preview.incomplete')}</p>
      ) : (
        <table className="zone-table" data-testid="start-preview">
          <tbody>
            {[...new Set([values.timeZone, ...zones])].map((zone) => (
              <tr key={zone}>
                <th scope="row">
                  {zoneCity(zone)}
                  <span className="cell-meta">{zone}</span>
                </th>
                <td>{formatDate(start, i18n.language, zone)}</td>
                <td className="zone-table__time">
                  {formatTime(start, i18n.language, zone)}
                  {end && `–${formatTime(end, i18n.language, zone)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

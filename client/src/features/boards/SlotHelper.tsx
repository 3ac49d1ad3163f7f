import { useTranslation } from 'react-i18next';
import { slotOptions } from './slots';

interface SlotHelperProps {
  date: string;
  time: string;
  timeZone: string;
  institutionZones: string[];
  onPick: (time: string) => void;
}

/** Hours inside 08:00–18:00 at every participating institution; a click fills the start time. */
export function SlotHelper({ date, time, timeZone, institutionZones, onPick }: SlotHelperProps) {
  const { t, i18n } = useTranslation('clinical');
  const slots = slotOptions(date, timeZone, institutionZones, i18n.language);
  return (
    <section className="slots" aria-labelledby="slots-title">
      <h3 id="slots-title" className="slots__title">
        {t('boardForm.slots.title')}
      </h3>
      {date === '' ? (
        <p className="muted">{t('boardForm.slots.needDate')}</p>
      ) : slots.length === 0 ? (
        <p className="muted" data-testid="slots-none">
          {t('boardForm.slots.none')}
        </p>
      ) : (
        <>
          <p className="muted">{t('boardForm.slots.intro')}</p>
          <ul className="slots__list" data-testid="slots">
            {slots.map((slot) => (
              <li key={slot.time}>
                <button
                  type="button"
                  className="slot"
                  aria-pressed={slot.time === time}
                  onClick={() => onPick(slot.time)}
                >
                  {slot.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { AgendaTotals } from './agendaTotals';

/** Allotted minutes against the board's duration, with a clear warning when they exceed it. */
export function AgendaTotal({ totals }: { totals: AgendaTotals }) {
  const { t } = useTranslation('clinical');
  return (
    <div
      className={totals.isOver ? 'agenda-total agenda-total--over' : 'agenda-total'}
      aria-live="polite"
      data-testid="agenda-total"
      data-over={totals.isOver}
    >
      <p className="agenda-total__sum">
        {t('agenda.total', { total: totals.totalMinutes, duration: totals.durationMinutes })}
      </p>
      <p className="agenda-total__detail">
        {totals.isOver ? (
          <>
            <span aria-hidden="true">⚠ </span>
            {t('agenda.over', { minutes: totals.overByMinutes, duration: totals.durationMinutes })}
          </>
        ) : (
          t('agenda.remaining', { minutes: totals.remainingMinutes })
        )}
      </p>
    </div>
  );
}

import type { BoardStatus, CaseSummary } from '@konsil/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { endingSummary } from '../boards/undiscussed';
import '../../styles/carryOver.css';

interface ChairActionsProps {
  status: BoardStatus;
  /** The agenda as the chair sees it: the end dialog names the cases not yet closed. */
  cases: readonly CaseSummary[];
  isBusy: boolean;
  onStart: () => void;
  onEnd: () => void;
}

/** Start the board from the lobby; end it (after a confirmation) when the discussion is done. */
export function ChairActions({ status, cases, isBusy, onStart, onEnd }: ChairActionsProps) {
  const { t } = useTranslation('clinical');
  const [isConfirming, setIsConfirming] = useState(false);

  if (status === 'scheduled') {
    return (
      <button type="button" className="button live-start" disabled={isBusy} onClick={onStart}>
        {t('live.chair.start')}
      </button>
    );
  }
  if (status !== 'live') return null;
  return (
    <>
      <button
        type="button"
        className="button button--danger-quiet"
        disabled={isBusy}
        onClick={() => setIsConfirming(true)}
      >
        {t('live.chair.end')}
      </button>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('live.chair.endConfirm.title')}
        body={t('live.chair.endConfirm.body')}
        confirmLabel={t('live.chair.endConfirm.confirm')}
        isDestructive
        onCancel={() => setIsConfirming(false)}
        onConfirm={() => {
          setIsConfirming(false);
          onEnd();
        }}
      >
        {isConfirming && <EndingSummary cases={cases} />}
      </ConfirmDialog>
    </>
  );
}

/** "3 of 5 cases were not discussed: …" — what ending now leaves for a later board. */
function EndingSummary({ cases }: { cases: readonly CaseSummary[] }) {
  const { t } = useTranslation('clinical');
  const { undiscussed, total } = endingSummary(cases);
  if (total === 0) return null;
  if (undiscussed.length === 0) {
    return (
      <p className="end-summary end-summary--done" data-testid="end-summary">
        {t('carryOver.endDialog.allClosed', { count: total })}
      </p>
    );
  }
  return (
    <div className="end-summary" data-testid="end-summary">
      <p className="end-summary__count">
        {t('carryOver.endDialog.undiscussed', { count: undiscussed.length, total })}
      </p>
      <ul className="end-summary__cases">
        {undiscussed.map((item) => (
          <li key={item.id}>
            <span className="pseudonym">{item.pseudonym}</span>{' '}
            <span className="muted">
              {item.homeInstitution.code} · {t(`caseStatus.${item.status}`)}
            </span>
          </li>
        ))}
      </ul>
      <p>{t('carryOver.endDialog.consequence', { count: undiscussed.length })}</p>
    </div>
  );
}

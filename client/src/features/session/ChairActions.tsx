import type { BoardStatus } from '@konsil/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface ChairActionsProps {
  status: BoardStatus;
  isBusy: boolean;
  onStart: () => void;
  onEnd: () => void;
}

/** Start the board from the lobby; end it (after a confirmation) when the discussion is done. */
export function ChairActions({ status, isBusy, onStart, onEnd }: ChairActionsProps) {
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
      />
    </>
  );
}

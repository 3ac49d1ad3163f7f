import type { MinutesResponse } from '@konsil/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type ApiError, toApiError } from '../../lib/api';
import { signMinutes } from './minutesApi';

/** Why signing did not happen although the request was fine: the page reloads and says so. */
export type SignRefusal = 'draftChanged' | 'alreadySigned';

interface SignMinutesProps {
  boardId: string;
  /** The hash of the draft on screen: the server signs only exactly that. */
  draftHash: string;
  /** Unsaved summary words: signing now would leave them out. */
  isBlocked: boolean;
  onSigned: (response: MinutesResponse) => void;
  onRefused: (refusal: SignRefusal) => void;
}

export function SignMinutes({
  boardId,
  draftHash,
  isBlocked,
  onSigned,
  onRefused,
}: SignMinutesProps) {
  const { t } = useTranslation('minutes');
  const api = useApi();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isSigning, setIsSigning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function handleConfirm() {
    setIsConfirming(false);
    setIsSigning(true);
    setError(null);
    try {
      onSigned(await signMinutes(api, boardId, draftHash));
    } catch (caught) {
      const failure = toApiError(caught);
      if (failure.id === 'conflict') onRefused('draftChanged');
      else if (failure.id === 'minutes_signed') onRefused('alreadySigned');
      else setError(failure);
    } finally {
      setIsSigning(false);
    }
  }

  return (
    <div className="minutes-sign">
      <div className="form__actions">
        <button
          type="button"
          className="button"
          data-testid="minutes-sign"
          disabled={isBlocked || isSigning}
          aria-describedby={isBlocked ? 'minutes-sign-blocked' : undefined}
          onClick={() => setIsConfirming(true)}
        >
          {isSigning ? t('sign.signing') : t('sign.button')}
        </button>
        {isBlocked && (
          <span id="minutes-sign-blocked" className="muted">
            {t('sign.saveFirst')}
          </span>
        )}
      </div>
      {error && <ErrorAlert error={error} title={t('sign.error')} />}
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('sign.confirmTitle')}
        body={t('sign.confirmBody')}
        confirmLabel={t('sign.confirm')}
        onConfirm={() => void handleConfirm()}
        onCancel={() => setIsConfirming(false)}
      />
    </div>
  );
}

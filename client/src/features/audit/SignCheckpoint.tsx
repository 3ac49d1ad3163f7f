import type { AuditCheckpoint } from '@konsil/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError } from '../../lib/api';
import { formatAuditTime, viewerTimeZone } from '../../lib/time';
import { signAuditCheckpoint } from './auditApi';

/** "Sign checkpoint now": seals the log up to this moment with the server's key. */
export function SignCheckpoint({ onSigned }: { onSigned: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [signed, setSigned] = useState<AuditCheckpoint | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isSigning, setIsSigning] = useState(false);

  async function handleSign() {
    setIsSigning(true);
    setError(null);
    setSigned(null);
    try {
      setSigned(await signAuditCheckpoint(api));
      onSigned();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError({ id: 'unknown', status: 0 }));
    } finally {
      setIsSigning(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={handleSign}
        disabled={isSigning}
      >
        {isSigning ? t('audit.checkpoints.signing') : t('audit.checkpoints.sign')}
      </button>
      <div className="verify__result" role="status">
        {signed && (
          <p className="verify__ok" data-testid="checkpoint-signed">
            {t('audit.checkpoints.signed', {
              number: signed.number,
              seq: signed.seq,
              time: formatAuditTime(signed.signedAt, viewerTimeZone()),
            })}
          </p>
        )}
      </div>
      {error && <ErrorAlert error={error} />}
    </>
  );
}

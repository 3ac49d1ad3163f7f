import type { AuditVerifyResult } from '@konsil/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError } from '../../lib/api';
import { verifyAuditChain } from './auditApi';

export function VerifyChain() {
  const { t } = useTranslation();
  const api = useApi();
  const [result, setResult] = useState<AuditVerifyResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isRunning, setIsRunning] = useState(false);

  async function handleVerify() {
    setIsRunning(true);
    setError(null);
    setResult(null);
    try {
      setResult(await verifyAuditChain(api));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError({ id: 'unknown', status: 0 }));
    } finally {
      setIsRunning(false);
    }
  }

  function resultText(verified: AuditVerifyResult): string {
    if (verified.ok) return t('audit.verify.ok', { count: verified.checked });
    if (!verified.firstBroken) return t('audit.verify.brokenUnknown');
    return t('audit.verify.broken', {
      seq: verified.firstBroken.seq,
      reason: verified.firstBroken.reason,
    });
  }

  return (
    <div className="verify">
      <button
        type="button"
        className="button button--secondary"
        onClick={handleVerify}
        disabled={isRunning}
      >
        {isRunning ? t('audit.verify.running') : t('audit.verify.button')}
      </button>
      <div className="verify__result" role="status">
        {result && (
          <p
            className={result.ok ? 'verify__ok' : 'verify__broken'}
            data-testid="verify-result"
            data-ok={String(result.ok)}
          >
            {resultText(result)}
          </p>
        )}
      </div>
      {error && <ErrorAlert error={error} />}
    </div>
  );
}

import type { AuditVerifyResult } from '@konsil/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useCurrentUser } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError } from '../../lib/api';
import { formatAuditTime, viewerTimeZone } from '../../lib/time';
import { AUDIT_CHECKPOINTS_HREF, verifyAuditChain } from './auditApi';
import { checkpointSentences } from './checkpointText';
import { SignCheckpoint } from './SignCheckpoint';

/** Verifies the chain and the signed checkpoints; admins also sign and download checkpoints. */
export function VerifyChain() {
  const { t } = useTranslation();
  const api = useApi();
  const isAdmin = useCurrentUser().role === 'admin';
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

  function chainText(verified: AuditVerifyResult): string {
    if (verified.firstBroken) {
      return t('audit.verify.broken', {
        seq: verified.firstBroken.seq,
        reason: verified.firstBroken.reason,
      });
    }
    if (verified.checkpoints.firstBroken) {
      return t('audit.verify.linksOnly', { count: verified.checked });
    }
    if (!verified.ok) return t('audit.verify.brokenUnknown');
    return t('audit.verify.ok', { count: verified.checked });
  }

  function checkpointText(verified: AuditVerifyResult): string {
    const zone = viewerTimeZone();
    return checkpointSentences(verified.checkpoints, (instant) => formatAuditTime(instant, zone))
      .map((sentence) => t(`audit.checkpoints.${sentence.key}`, sentence.values))
      .join(' ');
  }

  return (
    <section className="card verify" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('audit.verify.title')}</h2>
      <p className="muted">{t('audit.verify.intro')}</p>
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
          <>
            <p
              className={result.ok ? 'verify__ok' : 'verify__broken'}
              data-testid="verify-result"
              data-ok={String(result.ok)}
            >
              {chainText(result)}
            </p>
            <p
              className={result.checkpoints.firstBroken ? 'verify__broken' : 'verify__ok'}
              data-testid="verify-checkpoints"
              data-ok={String(result.checkpoints.firstBroken === null)}
            >
              {checkpointText(result)}
            </p>
          </>
        )}
      </div>
      {error && <ErrorAlert error={error} />}
      {isAdmin && (
        <>
          {/* A fresh verification after signing would show the new checkpoint: clear the old one. */}
          <SignCheckpoint onSigned={() => setResult(null)} />
          {/* A plain link: the browser's own download of the JSON; the server audits it. */}
          <a href={AUDIT_CHECKPOINTS_HREF} download="konsil-audit-checkpoints.json">
            {t('audit.checkpoints.download')}
          </a>
        </>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { ApiError } from '../lib/api';
import { errorText } from '../lib/errors';

interface ErrorAlertProps {
  error: ApiError;
  /** Replaces the generic text for this error id, e.g. a page-specific "could not load". */
  title?: string;
  onRetry?: () => void;
}

/** A failed request in words the viewer can act on, with the server's reference for support. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error" role="alert">
      {title && <p className="alert__title">{title}</p>}
      <p>{errorText(t, error.id)}</p>
      {error.ref && <p className="alert__meta">{t('common.errorRef', { ref: error.ref })}</p>}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

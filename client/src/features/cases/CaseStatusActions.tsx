import type { CaseDetail, ReadinessGap } from '@konsil/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type ApiError, toApiError } from '../../lib/api';
import { changeCaseStatus } from './casesApi';
import { missingGaps } from './missingGaps';

type Target = 'draft' | 'submitted' | 'ready';

interface CaseStatusActionsProps {
  item: CaseDetail;
  onChanged: (item: CaseDetail, status: Target) => void;
  onConflict: () => void;
}

/** Edit, submit, mark ready, back to submitted: each shown only when the viewer may do it. */
export function CaseStatusActions({ item, onChanged, onConflict }: CaseStatusActionsProps) {
  const { t } = useTranslation('clinical');
  const api = useApi();
  const [busy, setBusy] = useState<Target | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState<ReadinessGap[]>([]);
  const { permissions, status } = item;

  async function change(target: Target) {
    setBusy(target);
    setError(null);
    setMissing([]);
    try {
      const changed = await changeCaseStatus(api, item.boardId, item.id, {
        status: target,
        version: item.version,
      });
      onChanged(changed, target);
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.id === 'conflict') onConflict();
      else if (apiError.id === 'case_not_ready') {
        const gaps = missingGaps(apiError.fields.map((field) => field.path));
        setMissing(gaps.length > 0 ? gaps : item.readiness.missing);
      } else setError(apiError);
    } finally {
      setBusy(null);
    }
  }

  const button = (target: Target, label: string, isPrimary: boolean) => (
    <button
      type="button"
      className={isPrimary ? 'button' : 'button button--secondary'}
      disabled={busy !== null}
      onClick={() => void change(target)}
    >
      {busy === target ? t('caseCard.actions.working') : label}
    </button>
  );

  return (
    <div className="case-actions">
      <div className="form__actions">
        {permissions.canEdit && (
          <Link
            className="button button--secondary"
            to={`/boards/${item.boardId}/cases/${item.id}/edit`}
          >
            {t('caseCard.actions.edit')}
          </Link>
        )}
        {permissions.canSubmit &&
          status === 'draft' &&
          button('submitted', t('caseCard.actions.submit'), true)}
        {permissions.canMarkReady &&
          status === 'submitted' &&
          button('ready', t('caseCard.actions.markReady'), true)}
        {permissions.canMarkReady &&
          status === 'ready' &&
          button('submitted', t('caseCard.actions.backToSubmitted'), false)}
      </div>
      {missing.length > 0 && (
        <div className="alert alert--error" role="alert" data-testid="not-ready">
          <p className="alert__title">{t('caseCard.notReady')}</p>
          <ul>
            {missing.map((gap) => (
              <li key={gap}>{t(`readiness.missing.${gap}.long`)}</li>
            ))}
          </ul>
        </div>
      )}
      {error && <ErrorAlert error={error} />}
    </div>
  );
}

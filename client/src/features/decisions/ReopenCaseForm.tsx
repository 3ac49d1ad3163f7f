import { type CaseDecision, ReopenCaseInputSchema } from '@konsil/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type ApiError, toApiError } from '../../lib/api';
import { placeFieldErrors } from '../../lib/fieldPaths';
import { DecisionTextArea } from './DecisionTextArea';
import { REOPEN_FIELD_RULES } from './decisionFieldRules';
import { reopenCase } from './decisionsApi';

interface ReopenCaseFormProps {
  boardId: string;
  caseId: string;
  onReopened: (decision: CaseDecision) => void;
}

/**
 * A coordinator reopens a closed case, always with a reason: it goes into the case's history,
 * the audit trail and the minutes. The case is then open for edits and positions again. The
 * reason field opens on request, so a case just closed does not invite reopening it.
 */
export function ReopenCaseForm({ boardId, caseId, onReopened }: ReopenCaseFormProps) {
  const { t } = useTranslation('clinical');
  const api = useApi();
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (isOpen) reasonRef.current?.focus();
  }, [isOpen]);

  function showReasonError(paths: readonly (string | readonly PropertyKey[])[]) {
    const hint = placeFieldErrors(paths, REOPEN_FIELD_RULES).fields.get('reason');
    setReasonError(hint ? t(`decision.errors.${hint}`) : null);
    if (hint) reasonRef.current?.focus();
  }

  async function handleReopen() {
    setError(null);
    const parsed = ReopenCaseInputSchema.safeParse({ reason: reason.trim() });
    if (!parsed.success) {
      showReasonError(parsed.error.issues.map((issue) => issue.path));
      return;
    }
    showReasonError([]);
    setIsBusy(true);
    try {
      onReopened(await reopenCase(api, boardId, caseId, parsed.data));
    } catch (caught) {
      const apiError = toApiError(caught);
      setError(apiError);
      showReasonError(apiError.fields.map((field) => field.path));
    } finally {
      setIsBusy(false);
    }
  }

  function handleCancel() {
    setIsOpen(false);
    setReason('');
    setError(null);
    setReasonError(null);
  }

  if (!isOpen) {
    return (
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          data-testid="reopen-start"
          onClick={() => setIsOpen(true)}
        >
          {t('decision.reopen.start')}
        </button>
      </div>
    );
  }

  return (
    <div className="decision-close decision-reopen">
      <DecisionTextArea
        ref={reasonRef}
        id={`${id}-reason`}
        testId="reopen-reason"
        label={t('decision.reopen.reason')}
        hint={t('decision.reopen.reasonHint')}
        value={reason}
        onChange={setReason}
        rows={2}
        maxLength={1000}
        error={reasonError}
      />
      <div className="form__actions">
        <button
          type="button"
          className="button"
          data-testid="reopen-case"
          disabled={isBusy}
          onClick={() => void handleReopen()}
        >
          {isBusy ? t('decision.saving') : t('decision.reopen.button')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy}
          onClick={handleCancel}
        >
          {t('decision.reopen.cancel')}
        </button>
      </div>
      {error && <ErrorAlert error={error} />}
    </div>
  );
}

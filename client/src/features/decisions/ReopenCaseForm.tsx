import { type CaseDecision, ReopenCaseInputSchema } from '@konsil/shared';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DecisionTextArea } from './DecisionTextArea';
import { REOPEN_FIELD_RULES } from './decisionFieldRules';
import { reopenCase } from './decisionsApi';
import { useReasonForm } from './useReasonForm';

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
  const form = useReasonForm(REOPEN_FIELD_RULES);
  const reasonRef = form.field.ref;

  useEffect(() => {
    if (isOpen) reasonRef.current?.focus();
  }, [isOpen, reasonRef]);

  async function handleReopen() {
    const parsed = ReopenCaseInputSchema.safeParse({ reason: form.reason.trim() });
    await form.submit('reopen', parsed, async (data) =>
      onReopened(await reopenCase(api, boardId, caseId, data)),
    );
  }

  function handleCancel() {
    setIsOpen(false);
    form.clear();
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

  const isBusy = form.busy !== null;
  return (
    <div className="decision-close decision-reopen">
      <DecisionTextArea
        {...form.field}
        id={`${id}-reason`}
        testId="reopen-reason"
        label={t('decision.reopen.reason')}
        hint={t('decision.reopen.reasonHint')}
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
      {form.error && <ErrorAlert error={form.error} />}
    </div>
  );
}

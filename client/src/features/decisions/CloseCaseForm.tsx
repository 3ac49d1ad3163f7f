import {
  type CaseDecision,
  type CloseCaseInput,
  CloseCaseInputSchema,
  type CloseOutcome,
} from '@konsil/shared';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type ApiError, toApiError } from '../../lib/api';
import { placeFieldErrors } from '../../lib/fieldPaths';
import { DecisionTextArea } from './DecisionTextArea';
import { CLOSE_FIELD_RULES } from './decisionFieldRules';
import { closeCase } from './decisionsApi';

interface CloseCaseFormProps {
  boardId: string;
  caseId: string;
  onClosed: (decision: CaseDecision) => void;
}

const OUTCOMES: readonly { outcome: CloseOutcome; testId: string }[] = [
  { outcome: 'decided', testId: 'close-decided' },
  { outcome: 'deferred', testId: 'close-deferred' },
  { outcome: 're_present', testId: 'close-re-present' },
];

/** The coordinator closes the case: decided, deferred (with a reason) or to be re-presented. */
export function CloseCaseForm({ boardId, caseId, onClosed }: CloseCaseFormProps) {
  const { t } = useTranslation('clinical');
  const api = useApi();
  const id = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<CloseOutcome | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  function showReasonError(paths: readonly (string | readonly PropertyKey[])[]) {
    const hint = placeFieldErrors(paths, CLOSE_FIELD_RULES).fields.get('reason');
    setReasonError(hint ? t(`decision.errors.${hint}`) : null);
    if (hint) reasonRef.current?.focus();
  }

  async function handleClose(outcome: CloseOutcome) {
    setError(null);
    const parsed = CloseCaseInputSchema.safeParse({ outcome, reason } satisfies CloseCaseInput);
    if (!parsed.success) {
      showReasonError(parsed.error.issues.map((issue) => issue.path));
      return;
    }
    showReasonError([]);
    setBusy(outcome);
    try {
      onClosed(await closeCase(api, boardId, caseId, parsed.data));
      setReason('');
    } catch (caught) {
      const apiError = toApiError(caught);
      setError(apiError);
      showReasonError(apiError.fields.map((field) => field.path));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="decision-close">
      <DecisionTextArea
        ref={reasonRef}
        id={`${id}-reason`}
        testId="close-reason"
        label={t('decision.close.reason')}
        hint={t('decision.close.reasonHint')}
        value={reason}
        onChange={setReason}
        rows={2}
        maxLength={1000}
        error={reasonError}
      />
      <div className="form__actions">
        {OUTCOMES.map(({ outcome, testId }) => (
          <button
            key={outcome}
            type="button"
            className={outcome === 'decided' ? 'button' : 'button button--secondary'}
            data-testid={testId}
            disabled={busy !== null}
            onClick={() => void handleClose(outcome)}
          >
            {busy === outcome ? t('decision.saving') : t(`decision.close.${outcome}`)}
          </button>
        ))}
      </div>
      {error && <ErrorAlert error={error} />}
    </div>
  );
}

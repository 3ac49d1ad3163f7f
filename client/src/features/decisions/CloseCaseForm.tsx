import {
  type CaseDecision,
  type CloseCaseInput,
  CloseCaseInputSchema,
  type CloseOutcome,
} from '@konsil/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DecisionTextArea } from './DecisionTextArea';
import { CLOSE_FIELD_RULES } from './decisionFieldRules';
import { closeCase } from './decisionsApi';
import { useReasonForm } from './useReasonForm';

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
  const form = useReasonForm(CLOSE_FIELD_RULES);

  async function handleClose(outcome: CloseOutcome) {
    const input = { outcome, reason: form.reason } satisfies CloseCaseInput;
    const isClosed = await form.submit(
      outcome,
      CloseCaseInputSchema.safeParse(input),
      async (data) => onClosed(await closeCase(api, boardId, caseId, data)),
    );
    if (isClosed) form.clear();
  }

  return (
    <div className="decision-close">
      <DecisionTextArea
        {...form.field}
        id={`${id}-reason`}
        testId="close-reason"
        label={t('decision.close.reason')}
        hint={t('decision.close.reasonHint')}
      />
      <div className="form__actions">
        {OUTCOMES.map(({ outcome, testId }) => (
          <button
            key={outcome}
            type="button"
            className={outcome === 'decided' ? 'button' : 'button button--secondary'}
            data-testid={testId}
            disabled={form.busy !== null}
            onClick={() => void handleClose(outcome)}
          >
            {form.busy === outcome ? t('decision.saving') : t(`decision.close.${outcome}`)}
          </button>
        ))}
      </div>
      {form.error && <ErrorAlert error={form.error} />}
    </div>
  );
}

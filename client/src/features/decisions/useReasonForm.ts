import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, toApiError } from '../../lib/api';
import { type FieldRule, placeFieldErrors } from '../../lib/fieldPaths';
import type { DecisionFieldHint } from './decisionFieldRules';

/** What a shared schema's `safeParse` answers, as far as this form reads it. */
type Parsed<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } };

/**
 * The reason a coordinator gives for closing or reopening a case: its text, why it was refused
 * (by the shared schema before sending, by the server after) in the viewer's words at the field,
 * any other refusal for the error alert, and which action is being sent.
 */
export function useReasonForm(rules: Readonly<Record<string, FieldRule<DecisionFieldHint>>>) {
  const { t } = useTranslation('clinical');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  function showReasonError(paths: readonly (string | readonly PropertyKey[])[]) {
    const hint = placeFieldErrors(paths, rules).fields.get('reason');
    setReasonError(hint ? t(`decision.errors.${hint}`) : null);
    if (hint) reasonRef.current?.focus();
  }

  /** Sends what the schema accepted as `action`; resolves whether it went through. */
  async function submit<T>(
    action: string,
    parsed: Parsed<T>,
    send: (input: T) => Promise<void>,
  ): Promise<boolean> {
    setError(null);
    if (!parsed.success) {
      showReasonError(parsed.error.issues.map((issue) => issue.path));
      return false;
    }
    showReasonError([]);
    setBusy(action);
    try {
      await send(parsed.data);
      return true;
    } catch (caught) {
      const apiError = toApiError(caught);
      setError(apiError);
      showReasonError(apiError.fields.map((field) => field.path));
      return false;
    } finally {
      setBusy(null);
    }
  }

  function clear() {
    setReason('');
    setReasonError(null);
    setError(null);
  }

  return {
    reason,
    error,
    busy,
    submit,
    clear,
    /** The reason's DecisionTextArea takes these as they are. */
    field: {
      ref: reasonRef,
      value: reason,
      onChange: setReason,
      error: reasonError,
      rows: 2,
      maxLength: 1000,
    },
  };
}

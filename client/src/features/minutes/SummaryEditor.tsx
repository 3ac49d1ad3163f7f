import type { MinutesResponse } from '@konsil/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { type ApiError, toApiError } from '../../lib/api';
import { saveMinutesSummary } from './minutesApi';

const SUMMARY_MAX = 8000;

interface SummaryEditorProps {
  boardId: string;
  summary: string;
  onSaved: (response: MinutesResponse) => void;
  /** Signing waits for unsaved words: the signature covers the saved draft only. */
  onDirtyChange: (isDirty: boolean) => void;
}

/** The coordinator's own words at the top of a draft; saved before signing. */
export function SummaryEditor({ boardId, summary, onSaved, onDirtyChange }: SummaryEditorProps) {
  const { t } = useTranslation('minutes');
  const api = useApi();
  const [text, setText] = useState(summary);
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const isDirty = text.trim() !== summary.trim();

  function handleChange(value: string) {
    setText(value);
    onDirtyChange(value.trim() !== summary.trim());
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    setError(null);
    try {
      const saved = await saveMinutesSummary(api, boardId, text.trim());
      onDirtyChange(false);
      onSaved(saved);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <form className="form minutes-summary-form" onSubmit={(event) => void handleSubmit(event)}>
      <TextAreaField
        id="minutes-summary-input"
        label={t('summary.label')}
        hint={t('summary.hint')}
        value={text}
        rows={5}
        maxLength={SUMMARY_MAX}
        onChange={handleChange}
      />
      {error && <ErrorAlert error={error} title={t('summary.saveError')} />}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--secondary"
          disabled={isSaving || !isDirty}
          data-testid="minutes-summary-save"
        >
          {isSaving ? t('summary.saving') : t('summary.save')}
        </button>
        {isDirty && <span className="muted">{t('summary.unsaved')}</span>}
      </div>
    </form>
  );
}

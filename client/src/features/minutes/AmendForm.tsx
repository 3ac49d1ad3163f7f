import type { MinutesResponse, MinutesVersion } from '@konsil/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { type ApiError, toApiError } from '../../lib/api';
import { type AmendmentProblem, buildAmendmentInput, draftFromMinutes } from './amendment';
import { amendMinutes } from './minutesApi';

interface AmendFormProps {
  boardId: string;
  /** The latest signed version: the amendment is based on it. */
  minutes: MinutesVersion;
  onAmended: (response: MinutesResponse) => void;
  onCancel: () => void;
  /** Someone amended first: load their version (this form's words are given up). */
  onLoadLatest: () => void;
}

/** Corrections to the signed text, signed at once as the next version with a reason. */
export function AmendForm({ boardId, minutes, onAmended, onCancel, onLoadLatest }: AmendFormProps) {
  const { t } = useTranslation('minutes');
  const api = useApi();
  const [draft, setDraft] = useState(() => draftFromMinutes(minutes.content));
  const [problems, setProblems] = useState<AmendmentProblem[]>([]);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  function setCase(caseId: string, field: 'notes' | 'decisionText', value: string) {
    setDraft((current) => {
      const edited = current.cases[caseId] ?? { notes: '', decisionText: '' };
      return { ...current, cases: { ...current.cases, [caseId]: { ...edited, [field]: value } } };
    });
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const check = buildAmendmentInput(minutes, draft);
    if (!check.ok) {
      setProblems(check.problems);
      if (check.problems.includes('reasonMissing'))
        document.getElementById('amend-reason')?.focus();
      return;
    }
    setProblems([]);
    setIsSubmitting(true);
    try {
      onAmended(await amendMinutes(api, boardId, check.input));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <form
      className="card form minutes-amend"
      aria-labelledby="amend-title"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <h2 id="amend-title">{t('amend.title')}</h2>
      <p className="muted">{t('amend.intro', { version: minutes.version + 1 })}</p>
      <TextAreaField
        id="amend-summary"
        label={t('amend.summary')}
        value={draft.summary}
        rows={4}
        maxLength={8000}
        onChange={(summary) => setDraft((current) => ({ ...current, summary }))}
      />
      {minutes.content.cases.map((item) => (
        <fieldset key={item.caseId} className="fieldset minutes-amend__case">
          <legend>
            {t('cases.position', { position: item.position })} · {item.pseudonym}
          </legend>
          <TextAreaField
            label={t('amend.notes', { pseudonym: item.pseudonym })}
            value={draft.cases[item.caseId]?.notes ?? ''}
            rows={6}
            maxLength={100_000}
            onChange={(value) => setCase(item.caseId, 'notes', value)}
          />
          <TextAreaField
            label={t('amend.decisionText', { pseudonym: item.pseudonym })}
            value={draft.cases[item.caseId]?.decisionText ?? ''}
            rows={3}
            maxLength={4000}
            onChange={(value) => setCase(item.caseId, 'decisionText', value)}
          />
        </fieldset>
      ))}
      <TextAreaField
        id="amend-reason"
        testId="amend-reason"
        label={t('amend.reason')}
        hint={t('amend.reasonHint')}
        value={draft.reason}
        rows={2}
        maxLength={1000}
        isRequired
        error={problems.includes('reasonMissing') ? t('amend.reasonMissing') : null}
        onChange={(reason) => setDraft((current) => ({ ...current, reason }))}
      />
      <div className="live-region">
        {problems.includes('nothingChanged') && (
          <div className="alert alert--warning" role="alert">
            <p>{t('amend.nothingChanged')}</p>
          </div>
        )}
        {error?.id === 'conflict' && (
          <div className="alert alert--warning" role="alert">
            <p>{t('amend.conflict')}</p>
            <button type="button" className="button button--secondary" onClick={onLoadLatest}>
              {t('amend.loadLatest')}
            </button>
          </div>
        )}
        {error && error.id !== 'conflict' && <ErrorAlert error={error} title={t('amend.error')} />}
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={isSubmitting} data-testid="amend-submit">
          {isSubmitting ? t('amend.submitting') : t('amend.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('amend.cancel')}
        </button>
      </div>
    </form>
  );
}

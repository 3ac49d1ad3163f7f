import { type BoardDetail, type CaseDetail, todayIn } from '@konsil/shared';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi, useCurrentUser } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import { type ApiError, toApiError } from '../../lib/api';
import { placeFieldErrors } from '../../lib/fieldPaths';
import { ClinicalSection } from './ClinicalSection';
import { CASE_FIELD_RULES, type CaseFieldHint, caseFieldId, GAP_FIELDS } from './caseFieldRules';
import { type CaseFormValues, liveReadiness, validateCase, withoutBlankRows } from './caseForm';
import { changeCaseStatus, createCase, updateCase } from './casesApi';
import { DiagnosisSection } from './DiagnosisSection';
import { PatientSection } from './PatientSection';
import { PromsSection } from './PromsSection';
import { QuestionSection } from './QuestionSection';
import { ReadinessSummary } from './ReadinessSummary';
import { ReferencesSection } from './ReferencesSection';
import { StagingSection } from './StagingSection';

type Intent = 'draft' | 'submit';

interface CaseFormProps {
  board: BoardDetail;
  existing: CaseDetail | null;
  initial: CaseFormValues;
  onReload: () => void;
}

export function CaseForm({ board, existing, initial, onReload }: CaseFormProps) {
  const { t } = useTranslation('clinical');
  const api = useApi();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<Map<string, CaseFieldHint>>(new Map());
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<Intent | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const invalid = useMemo(() => new Set(fieldErrors.keys()), [fieldErrors]);
  useFocusFirstInvalid(formRef, invalid);

  // Clinical dates may not lie ahead, judged on the calendar of the submitter's institution.
  const today = todayIn(user.institution.timeZone, new Date());
  const readiness = liveReadiness(values);
  const presenters = board.participants.filter(
    (person) =>
      person.institution.id === user.institution.id &&
      (person.role === 'clinician' || person.role === 'coordinator'),
  );
  const isDraft = !existing || existing.status === 'draft';

  const errorFor = (path: string) => {
    const hint = fieldErrors.get(path);
    return hint ? t(`caseForm.errors.${hint}`) : null;
  };
  const sectionProps = { values, onChange: setValues, errorFor };

  function showFieldErrors(paths: string[]) {
    const placed = placeFieldErrors(paths, CASE_FIELD_RULES);
    setFieldErrors(placed.fields);
    setUnplaced(placed.unplaced);
  }

  async function save(intent: Intent) {
    setError(null);
    const compact = withoutBlankRows(values);
    setValues(compact);
    const validation = validateCase(compact, today);
    if (!validation.success) {
      showFieldErrors(validation.paths);
      return;
    }
    showFieldErrors([]);
    setBusy(intent);
    let saved: CaseDetail | null = null;
    try {
      const { allottedMinutes, ...content } = validation.data;
      saved = existing
        ? await updateCase(api, board.id, existing.id, { ...content, version: existing.version })
        : await createCase(api, board.id, validation.data);
      if (intent === 'submit' && saved.status === 'draft') {
        saved = await changeCaseStatus(api, board.id, saved.id, {
          status: 'submitted',
          version: saved.version,
        });
      }
      navigate(`/boards/${board.id}/cases/${saved.id}`, {
        state: { notice: intent === 'submit' ? 'submitted' : 'saved' },
      });
    } catch (caught) {
      const apiError = toApiError(caught);
      // Saved, but the submission failed: the card offers to submit again.
      if (saved && !existing) {
        navigate(`/boards/${board.id}/cases/${saved.id}`, { state: { notice: 'notSubmitted' } });
        return;
      }
      setError(apiError);
      showFieldErrors(apiError.fields.map((field) => field.path));
    } finally {
      setBusy(null);
    }
  }

  const cancelTarget = existing
    ? `/boards/${board.id}/cases/${existing.id}`
    : `/boards/${board.id}`;

  return (
    <div className="case-form-layout">
      <form
        ref={formRef}
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(isDraft ? 'submit' : 'draft');
        }}
      >
        {error?.id === 'conflict' && (
          <div className="alert alert--error" role="alert">
            <p>{t('caseForm.conflict')}</p>
            <button type="button" className="button button--secondary" onClick={onReload}>
              {t('caseForm.reload')}
            </button>
          </div>
        )}
        {error && error.id !== 'conflict' && <ErrorAlert error={error} />}
        {unplaced.length > 0 && (
          <div className="alert alert--error" role="alert">
            <p>{t('caseForm.unplacedErrors')}</p>
            <ul>
              {unplaced.map((path) => (
                <li key={path}>
                  <code>{path || '—'}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
        <PatientSection
          {...sectionProps}
          presenters={presenters}
          pseudonym={existing?.pseudonym ?? null}
        />
        <DiagnosisSection {...sectionProps} today={today} />
        <StagingSection {...sectionProps} />
        <ClinicalSection {...sectionProps} today={today} />
        <ReferencesSection {...sectionProps} today={today} />
        <PromsSection {...sectionProps} today={today} />
        <QuestionSection {...sectionProps} />
        <div className="form__actions form__actions--sticky">
          {isDraft && (
            <button type="submit" className="button" disabled={busy !== null}>
              {busy === 'submit' ? t('caseForm.submitting') : t('caseForm.submit')}
            </button>
          )}
          <button
            type="button"
            className={isDraft ? 'button button--secondary' : 'button'}
            disabled={busy !== null}
            onClick={() => void save('draft')}
          >
            {busy === 'draft'
              ? t('caseForm.saving')
              : isDraft
                ? t('caseForm.saveDraft')
                : t('caseForm.saveChanges')}
          </button>
          <Link className="button button--secondary" to={cancelTarget}>
            {t('caseForm.cancel')}
          </Link>
        </div>
      </form>
      <aside className="case-form-aside" aria-labelledby="readiness-title">
        <div className="card readiness-panel">
          <h2 id="readiness-title">{t('caseForm.readinessTitle')}</h2>
          <p className="muted">{t('caseForm.readinessIntro')}</p>
          <ReadinessSummary
            readiness={readiness}
            hrefFor={(gap) => `#${caseFieldId(GAP_FIELDS[gap])}`}
          />
        </div>
      </aside>
    </div>
  );
}

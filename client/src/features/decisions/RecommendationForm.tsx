import type { CaseDecision, Recommendation } from '@konsil/shared';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Notice } from '../../components/Notice';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import { ApiError, toApiError } from '../../lib/api';
import { placeFieldErrors } from '../../lib/fieldPaths';
import { type DecisionFieldHint, RECOMMENDATION_FIELD_RULES } from './decisionFieldRules';
import { saveRecommendation } from './decisionsApi';
import { RecommendationConflict } from './RecommendationConflict';
import { RecommendationFields } from './RecommendationFields';
import {
  editorReducer,
  isDirty,
  mustConfirmOverwrite,
  type RecommendationDrafts,
  saveVersion,
  startEditor,
} from './recommendationEditor';
import { validateRecommendation } from './recommendationForm';

interface RecommendationFormProps {
  boardId: string;
  caseId: string;
  /** The saved recommendation as the server last said (refetched on `decision:changed`). */
  recommendation: Recommendation | null;
  onSaved: (decision: CaseDecision) => void;
  /** Refetches the decision, e.g. to learn the version a refused save ran into. */
  onRefresh: () => void;
  /** Where an unsaved form waits while another case is shown. */
  drafts?: RecommendationDrafts;
}

/**
 * The recommendation editor. It never replaces what the viewer typed: a newer version from
 * someone else waits behind a notice, and a refused save shows both versions side by side.
 */
export function RecommendationForm(props: RecommendationFormProps) {
  const { t } = useTranslation('clinical');
  const api = useApi();
  const { drafts, caseId } = props;
  const [state, dispatch] = useReducer(
    editorReducer,
    null,
    () => drafts?.get(caseId) ?? startEditor(props.recommendation),
  );
  const [fieldErrors, setFieldErrors] = useState<Map<string, DecisionFieldHint>>(new Map());
  const [error, setError] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const invalid = useMemo(() => new Set(fieldErrors.keys()), [fieldErrors]);
  useFocusFirstInvalid(formRef, invalid);

  useEffect(() => {
    dispatch({ type: 'received', recommendation: props.recommendation });
  }, [props.recommendation]);

  useEffect(() => {
    if (!drafts) return;
    if (isDirty(state)) drafts.set(caseId, state);
    else drafts.delete(caseId);
  }, [drafts, caseId, state]);

  const hasChanges = isDirty(state);
  const { newer, isConflict } = state;
  const errorFor = (path: string) => {
    const hint = fieldErrors.get(path);
    return hint ? t(`decision.errors.${hint}`) : null;
  };
  /** Shows each error at its field; says whether some had no field to go to. */
  function showFieldErrors(paths: readonly string[]): boolean {
    const placed = placeFieldErrors(paths, RECOMMENDATION_FIELD_RULES);
    setFieldErrors(placed.fields);
    return placed.unplaced.length > 0;
  }

  async function handleSave() {
    setError(null);
    setSavedVersion(null);
    // A newer version is already known: saving over it is a choice made with both in view.
    if (mustConfirmOverwrite(state)) {
      dispatch({ type: 'refused' });
      return;
    }
    const validation = validateRecommendation(state.values);
    if (!validation.success) {
      const hasUnplaced = showFieldErrors(validation.paths);
      if (hasUnplaced) setError(new ApiError({ id: 'validation_failed', status: 0 }));
      return;
    }
    showFieldErrors([]);
    setIsSaving(true);
    const sent = state.values;
    try {
      const decision = await saveRecommendation(api, props.boardId, caseId, {
        version: saveVersion(state),
        content: validation.data,
      });
      if (decision.recommendation) {
        dispatch({ type: 'saved', recommendation: decision.recommendation, sent });
        setSavedVersion(decision.recommendation.version);
      }
      props.onSaved(decision);
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.id === 'conflict') {
        dispatch({ type: 'refused' });
        props.onRefresh();
      } else {
        setError(apiError);
        showFieldErrors(apiError.fields.map((field) => field.path));
      }
    } finally {
      setIsSaving(false);
    }
  }

  const saveLabel =
    isConflict && newer
      ? t('decision.recommendation.saveOver', { version: newer.version })
      : t('decision.recommendation.save');

  return (
    <form
      ref={formRef}
      className="decision-form"
      data-testid="recommendation-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void handleSave();
      }}
    >
      {newer && !isConflict && (
        <Notice>
          <p data-testid="recommendation-changed">
            {t('decision.recommendation.changed', {
              name: newer.updatedBy?.name ?? t('decision.someone'),
              version: newer.version,
            })}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => dispatch({ type: 'tookTheirs' })}
          >
            {t('decision.recommendation.loadTheirs')}
          </button>
        </Notice>
      )}
      <div className={isConflict ? 'decision-compare' : undefined}>
        <div className="decision-form__fields">
          {isConflict && (
            <p className="decision-conflict__label">{t('decision.recommendation.mine')}</p>
          )}
          <RecommendationFields
            values={state.values}
            onChange={(change) => {
              setSavedVersion(null);
              dispatch({ type: 'edited', change });
            }}
            errorFor={errorFor}
          />
        </div>
        {isConflict && (
          <RecommendationConflict
            newer={newer}
            onTakeTheirs={() => dispatch({ type: 'tookTheirs' })}
          />
        )}
      </div>
      {error && <ErrorAlert error={error} />}
      <div className="form__actions">
        <button
          type="submit"
          className="button"
          data-testid="recommendation-save"
          // After a refusal, saving waits until the version it would replace is on screen.
          disabled={isSaving || !hasChanges || (isConflict && !newer)}
        >
          {isSaving ? t('decision.saving') : saveLabel}
        </button>
        {hasChanges && !isSaving && (
          <span className="decision-unsaved">{t('decision.recommendation.unsaved')}</span>
        )}
        {savedVersion !== null && !hasChanges && (
          <span className="decision-saved" role="status">
            {t('decision.recommendation.saved', { version: savedVersion })}
          </span>
        )}
      </div>
    </form>
  );
}

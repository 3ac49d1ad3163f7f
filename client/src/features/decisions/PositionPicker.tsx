import { type CaseDecision, POSITIONS, type Position, type PositionEntry } from '@konsil/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type ApiError, toApiError } from '../../lib/api';
import { placeFieldErrors } from '../../lib/fieldPaths';
import { DecisionTextArea } from './DecisionTextArea';
import { POSITION_FIELD_RULES } from './decisionFieldRules';
import { statePosition } from './decisionsApi';

interface PositionPickerProps {
  boardId: string;
  caseId: string;
  /** The recommendation version on screen: the position judges exactly this one. */
  recommendationVersion: number;
  /** The viewer's stated position; the parent keys this picker by it, so the note follows. */
  own: PositionEntry | null;
  onStated: (decision: CaseDecision) => void;
  /** Refetches the decision: a refusal because the recommendation changed shows the new version. */
  onRefresh: () => void;
}

/**
 * Agree, disagree or abstain on the recommendation version on screen, with an optional note
 * (usually why someone disagrees). A position on an earlier version is not shown as chosen:
 * it no longer counts, and the viewer chooses again.
 */
export function PositionPicker({
  boardId,
  caseId,
  recommendationVersion,
  own,
  onStated,
  onRefresh,
}: PositionPickerProps) {
  const { t } = useTranslation('clinical');
  const api = useApi();
  const id = useId();
  const current = own?.recommendationVersion === recommendationVersion ? own : null;
  const [note, setNote] = useState(current?.note ?? '');
  const [busy, setBusy] = useState<Position | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  // A note written for an earlier wording is not carried over to the new one unasked (it stays
  // readable in the list); a note being typed right now is kept.
  const seenVersion = useRef(recommendationVersion);
  const ownNote = own?.note ?? '';
  useEffect(() => {
    if (seenVersion.current === recommendationVersion) return;
    seenVersion.current = recommendationVersion;
    setNote((typed) => (typed.trim() === ownNote ? '' : typed));
  }, [recommendationVersion, ownNote]);
  const isNoteChanged = current !== null && note.trim() !== current.note;

  async function handleState(position: Position) {
    setBusy(position);
    setError(null);
    setNoteError(null);
    try {
      onStated(
        await statePosition(api, boardId, caseId, {
          position,
          note: note.trim(),
          recommendationVersion,
        }),
      );
    } catch (caught) {
      const apiError = toApiError(caught);
      const placed = placeFieldErrors(
        apiError.fields.map((field) => field.path),
        POSITION_FIELD_RULES,
      );
      const hint = placed.fields.get('note');
      setNoteError(hint ? t(`decision.errors.${hint}`) : null);
      setError(apiError);
      // Someone saved a new version (or closed the case) meanwhile: show what is current now.
      if (apiError.id === 'recommendation_changed' || apiError.id === 'case_closed') onRefresh();
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="decision-position">
      <fieldset className="fieldset decision-position__choices">
        <legend className="field__label">
          {current
            ? t('decision.position.yoursOn', {
                version: recommendationVersion,
                position: t(`decision.position.${current.position}`),
              })
            : t('decision.position.chooseOn', { version: recommendationVersion })}
        </legend>
        <div className="decision-position__buttons">
          {POSITIONS.map((position) => (
            <button
              key={position}
              type="button"
              className={`button button--secondary decision-position__button decision-position__button--${position}`}
              data-testid={`position-${position}`}
              aria-pressed={current?.position === position}
              disabled={busy !== null}
              onClick={() => void handleState(position)}
            >
              {busy === position ? t('decision.saving') : t(`decision.position.${position}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <DecisionTextArea
        id={`${id}-note`}
        testId="position-note"
        label={t('decision.position.note')}
        hint={t('decision.position.noteHint')}
        value={note}
        onChange={setNote}
        rows={2}
        maxLength={1000}
        error={noteError}
      />
      {current && isNoteChanged && (
        <button
          type="button"
          className="button button--secondary button--small decision-position__note-save"
          disabled={busy !== null}
          onClick={() => void handleState(current.position)}
        >
          {t('decision.position.saveNote')}
        </button>
      )}
      {error && <ErrorAlert error={error} />}
    </div>
  );
}

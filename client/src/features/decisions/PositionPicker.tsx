import { type CaseDecision, POSITIONS, type Position, type PositionEntry } from '@konsil/shared';
import { useId, useState } from 'react';
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
}

/** Agree, disagree or abstain, with an optional note (usually why someone disagrees). */
export function PositionPicker({
  boardId,
  caseId,
  recommendationVersion,
  own,
  onStated,
}: PositionPickerProps) {
  const { t } = useTranslation('clinical');
  const api = useApi();
  const id = useId();
  const [note, setNote] = useState(own?.note ?? '');
  const [busy, setBusy] = useState<Position | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  const isNoteChanged = own !== null && note.trim() !== own.note;

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
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="decision-position">
      <fieldset className="fieldset decision-position__choices">
        <legend className="field__label">
          {own
            ? t('decision.position.yours', { position: t(`decision.position.${own.position}`) })
            : t('decision.position.choose')}
        </legend>
        <div className="decision-position__buttons">
          {POSITIONS.map((position) => (
            <button
              key={position}
              type="button"
              className={`button button--secondary decision-position__button decision-position__button--${position}`}
              data-testid={`position-${position}`}
              aria-pressed={own?.position === position}
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
      {own && isNoteChanged && (
        <button
          type="button"
          className="button button--secondary button--small decision-position__note-save"
          disabled={busy !== null}
          onClick={() => void handleState(own.position)}
        >
          {t('decision.position.saveNote')}
        </button>
      )}
      {error && <ErrorAlert error={error} />}
    </div>
  );
}

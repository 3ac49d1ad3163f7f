import type { CarryOverBoard, CarryOverEntry, CaseSummary } from '@konsil/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../app/SessionProvider';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type ApiError, toApiError } from '../../lib/api';
import { carryOverCase, fetchCarryOverTargets } from './carryOverApi';
import { startOnViewerClock } from './carryOverTimes';

interface CarryOverPickerProps {
  boardId: string;
  item: CaseSummary;
  onCarried: (entry: CarryOverEntry) => void;
}

type Step =
  | { kind: 'closed' }
  | { kind: 'loading' }
  | { kind: 'choosing'; targets: CarryOverBoard[] }
  | { kind: 'failed'; error: ApiError };

/**
 * "Carry over to…": offers only the boards the server says the case may go to (later, scheduled,
 * with its home institution, whose agenda this coordinator edits), asks once, then moves it.
 */
export function CarryOverPicker({ boardId, item, onCarried }: CarryOverPickerProps) {
  const { t, i18n } = useTranslation('clinical');
  const api = useApi();
  const selectId = useId();
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [chosenId, setChosenId] = useState('');
  const [isConfirming, setIsConfirming] = useState(false);
  const [isMoving, setIsMoving] = useState(false);
  const [moveError, setMoveError] = useState<ApiError | null>(null);

  async function handleOpen() {
    setStep({ kind: 'loading' });
    setMoveError(null);
    try {
      const targets = await fetchCarryOverTargets(api, boardId, item.id);
      setChosenId(targets[0]?.id ?? '');
      setStep({ kind: 'choosing', targets });
    } catch (error) {
      setStep({ kind: 'failed', error: toApiError(error) });
    }
  }

  async function handleConfirm() {
    setIsConfirming(false);
    setIsMoving(true);
    setMoveError(null);
    try {
      onCarried(await carryOverCase(api, boardId, item.id, chosenId));
    } catch (error) {
      setMoveError(toApiError(error));
      setIsMoving(false);
    }
  }

  const label = (board: CarryOverBoard) =>
    t('carryOver.picker.option', {
      title: board.title,
      ...startOnViewerClock(board.startsAt, i18n.language),
    });

  if (step.kind === 'closed' || step.kind === 'loading') {
    return (
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={t('carryOver.picker.openLabel', { case: item.pseudonym })}
        disabled={step.kind === 'loading'}
        onClick={handleOpen}
        data-testid="carry-over-open"
      >
        {step.kind === 'loading' ? t('carryOver.picker.loading') : t('carryOver.picker.open')}
      </button>
    );
  }
  if (step.kind === 'failed') {
    return <ErrorAlert error={step.error} onRetry={handleOpen} />;
  }
  if (step.targets.length === 0) {
    return (
      <div className="carry-picker carry-picker--empty" data-testid="carry-over-none">
        <p>{t('carryOver.picker.none', { institution: item.homeInstitution.name })}</p>
        <div className="carry-picker__actions">
          <Link className="button button--secondary button--small" to="/boards/new">
            {t('carryOver.picker.newBoard')}
          </Link>
          <button
            type="button"
            className="button button--link"
            onClick={() => setStep({ kind: 'closed' })}
          >
            {t('carryOver.picker.cancel')}
          </button>
        </div>
      </div>
    );
  }
  const chosen = step.targets.find((board) => board.id === chosenId) ?? null;
  return (
    <form
      className="carry-picker"
      data-testid="carry-over-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) setIsConfirming(true);
      }}
    >
      <label className="field__label" htmlFor={selectId}>
        {t('carryOver.picker.target', { case: item.pseudonym })}
      </label>
      <select
        id={selectId}
        className="field__control"
        value={chosenId}
        onChange={(event) => setChosenId(event.target.value)}
        data-testid="carry-over-target"
      >
        {step.targets.map((board) => (
          <option key={board.id} value={board.id}>
            {label(board)}
          </option>
        ))}
      </select>
      <div className="carry-picker__actions">
        <button type="submit" className="button button--small" disabled={!chosen || isMoving}>
          {isMoving ? t('carryOver.picker.moving') : t('carryOver.picker.submit')}
        </button>
        <button
          type="button"
          className="button button--link"
          disabled={isMoving}
          onClick={() => setStep({ kind: 'closed' })}
        >
          {t('carryOver.picker.cancel')}
        </button>
      </div>
      {moveError && <ErrorAlert error={moveError} />}
      {chosen && (
        <ConfirmDialog
          isOpen={isConfirming}
          title={t('carryOver.confirm.title', { case: item.pseudonym })}
          body={t('carryOver.confirm.body', {
            case: item.pseudonym,
            board: chosen.title,
            ...startOnViewerClock(chosen.startsAt, i18n.language),
          })}
          confirmLabel={t('carryOver.confirm.confirm')}
          onCancel={() => setIsConfirming(false)}
          onConfirm={handleConfirm}
        />
      )}
    </form>
  );
}

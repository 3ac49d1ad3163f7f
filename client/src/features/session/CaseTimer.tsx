import { useTranslation } from 'react-i18next';
import { countdownDisplay } from './countdown';
import type { Snapshot } from './liveState';
import { useCountdown } from './useCountdown';

const EXTENSIONS = [1, 5] as const;

interface CaseTimerProps {
  snapshot: Snapshot | null;
  /** The board discusses a case withheld from this viewer: no time is shown for it. */
  isCaseHidden: boolean;
  /** Chairs see start/pause/+1/+5 while the board is live and a case is on. */
  canControl: boolean;
  isBusy: boolean;
  onStart: () => void;
  onPause: () => void;
  onExtend: (minutes: number) => void;
}

/** The time left for the current case: big and calm, turning to an overrun everyone can read. */
export function CaseTimer(props: CaseTimerProps) {
  const { snapshot, isCaseHidden, isBusy } = props;
  const { t } = useTranslation('clinical');
  const remaining = useCountdown(snapshot);
  const timer = snapshot?.state.timer ?? null;
  const hasCase = Boolean(timer?.caseId) && !isCaseHidden;
  const canControl = props.canControl && hasCase;
  const display = countdownDisplay(remaining ?? 0);
  const isOverrun = hasCase && display.isOverrun;
  const state = timer?.state ?? 'idle';
  const stateText = isOverrun ? t('live.timer.overrun') : t(`live.timer.${state}`);
  const className = [
    'case-timer',
    `case-timer--${state}`,
    isOverrun ? 'case-timer--overrun' : '',
    hasCase ? '' : 'case-timer--empty',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <section className={className} aria-labelledby="timer-title" data-testid="case-timer">
      <h2 id="timer-title" className="case-timer__title">
        {t('live.timer.title')}
      </h2>
      {hasCase && timer ? (
        <>
          <p
            className="case-timer__clock"
            data-testid="timer-clock"
            data-overrun={isOverrun}
            // Read out on demand, not every second: the state line below announces changes.
            role="timer"
            aria-label={
              isOverrun
                ? t('live.timer.overrunBy', { time: display.text })
                : t('live.timer.left', { time: display.text })
            }
          >
            {isOverrun && <span className="case-timer__sign">+</span>}
            {display.text}
          </p>
          <p className="case-timer__state" aria-live="polite" data-testid="timer-state">
            <span className="case-timer__badge">{stateText}</span>{' '}
            <span className="muted">
              {t('live.timer.allotted', { minutes: Math.round(timer.allottedMs / 60_000) })}
            </span>
          </p>
          {canControl && (
            <fieldset className="case-timer__controls">
              <legend className="visually-hidden">{t('live.timer.controls')}</legend>
              {state === 'running' ? (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={isBusy}
                  onClick={props.onPause}
                >
                  {t('live.timer.pause')}
                </button>
              ) : (
                <button type="button" className="button" disabled={isBusy} onClick={props.onStart}>
                  {state === 'paused' ? t('live.timer.resume') : t('live.timer.start')}
                </button>
              )}
              {EXTENSIONS.map((minutes) => (
                <button
                  key={minutes}
                  type="button"
                  className="button button--secondary"
                  disabled={isBusy}
                  aria-label={t('live.timer.extendLabel', { minutes })}
                  onClick={() => props.onExtend(minutes)}
                >
                  {t('live.timer.extend', { minutes })}
                </button>
              ))}
            </fieldset>
          )}
        </>
      ) : (
        <p className="muted" data-testid="timer-empty">
          {isCaseHidden ? t('live.timer.hidden') : t('live.timer.noCase')}
        </p>
      )}
    </section>
  );
}

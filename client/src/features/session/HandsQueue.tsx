import type { RaisedHand } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { formatTime, viewerTimeZone } from '../../lib/time';
import type { HandChange } from './handChanges';

interface HandsQueueProps {
  hands: readonly RaisedHand[];
  speakerId: string | null;
  /** Names of people by id (presence, then invitees), for the speaker line and announcements. */
  nameOf: (userId: string) => string;
  colorOfCode: (institutionCode: string) => string | undefined;
  viewerId: string;
  isLive: boolean;
  canRaiseHand: boolean;
  canChair: boolean;
  /** A chair's call-on or lower for this person is waiting or on its way. */
  isHandPending: (userId: string) => boolean;
  /** The viewer's own raise or lower is waiting or on its way (its button says so). */
  ownHandPending: 'raise' | 'lower' | null;
  lastChange: { change: HandChange; serial: number } | null;
  onRaise: () => void;
  onLower: (userId?: string) => void;
  onCallOn: (userId: string) => void;
}

/** Raised hands, oldest first, with the person who has the floor; chairs call on or lower. */
export function HandsQueue(props: HandsQueueProps) {
  const { t, i18n } = useTranslation('clinical');
  const zone = viewerTimeZone();
  const ownIndex = props.hands.findIndex((hand) => hand.userId === props.viewerId);
  const isRaised = ownIndex !== -1;
  const speakerName = props.speakerId ? props.nameOf(props.speakerId) : null;
  let ownButtonText = isRaised ? t('live.hands.lower') : t('live.hands.raise');
  if (props.ownHandPending === 'raise') ownButtonText = t('live.commands.pending.raiseHand');
  if (props.ownHandPending === 'lower') ownButtonText = t('live.commands.pending.lowerOwnHand');
  const announcement = props.lastChange
    ? t(`live.hands.announce.${props.lastChange.change.kind}`, {
        name:
          props.lastChange.change.kind === 'calledOn'
            ? props.nameOf(props.lastChange.change.userId)
            : props.lastChange.change.name,
      })
    : '';

  return (
    <section className="card live-panel hands" aria-labelledby="hands-title" data-testid="hands">
      <h2 id="hands-title" className="live-panel__title">
        {t('live.hands.title')} <span className="muted">({props.hands.length})</span>
      </h2>
      <div className="visually-hidden" aria-live="polite" data-testid="hands-announcement">
        {/* The serial makes a repeated announcement (same words) a new one for screen readers. */}
        <span key={props.lastChange?.serial}>{announcement}</span>
      </div>
      {speakerName && (
        <p
          className={
            props.speakerId === props.viewerId
              ? 'hands__speaker hands__speaker--you'
              : 'hands__speaker'
          }
          data-testid="speaker"
        >
          {props.speakerId === props.viewerId
            ? t('live.hands.speakingYou')
            : t('live.hands.speaking', { name: speakerName })}
        </p>
      )}
      {props.hands.length === 0 ? (
        <p className="muted">{t('live.hands.empty')}</p>
      ) : (
        <ol className="hands__list">
          {props.hands.map((hand, index) => (
            <li
              key={hand.userId}
              className={hand.userId === props.viewerId ? 'hand hand--own' : 'hand'}
              data-testid="raised-hand"
            >
              <span className="hand__position" aria-hidden="true">
                {index + 1}
              </span>
              <span className="hand__who">
                <span className="hand__name">{hand.name}</span>{' '}
                <span className="code-badge">
                  <span
                    className="institution-dot"
                    aria-hidden="true"
                    style={{ backgroundColor: props.colorOfCode(hand.institutionCode) }}
                  />
                  {hand.institutionCode}
                </span>
                <span className="cell-meta">
                  {t('live.hands.raisedAt', {
                    time: formatTime(hand.raisedAt, i18n.language, zone),
                  })}
                </span>
              </span>
              {props.canChair && props.isLive && (
                <span className="hand__actions">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={props.isHandPending(hand.userId)}
                    aria-label={t('live.hands.callOnLabel', { name: hand.name })}
                    onClick={() => props.onCallOn(hand.userId)}
                  >
                    {t('live.hands.callOn')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={props.isHandPending(hand.userId)}
                    aria-label={t('live.hands.lowerOtherLabel', { name: hand.name })}
                    onClick={() => props.onLower(hand.userId)}
                  >
                    {t('live.hands.lowerOther')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {props.canRaiseHand && props.isLive && (
        <div className="hands__own">
          {isRaised && (
            <p className="hands__own-position">
              {t('live.hands.raisedOwn', { position: ownIndex + 1 })}
            </p>
          )}
          <button
            type="button"
            // Chairs mostly call on others: their own hand is the quieter button.
            className={
              isRaised || props.canChair
                ? 'button button--secondary button--wide'
                : 'button button--wide'
            }
            disabled={props.ownHandPending !== null}
            onClick={() => (isRaised ? props.onLower() : props.onRaise())}
          >
            {ownButtonText}
          </button>
        </div>
      )}
    </section>
  );
}

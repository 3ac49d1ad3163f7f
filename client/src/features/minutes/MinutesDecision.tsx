import { type MinutesCase, POSITIONS } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { RecommendationFacts } from '../decisions/RecommendationFacts';

/** The recommendation as signed; only what was filled in is listed (labels as on the case). */
export function MinutesRecommendation({ item }: { item: MinutesCase }) {
  const { t } = useTranslation('clinical');
  const { t: tm } = useTranslation('minutes');
  const content = item.recommendation;
  if (!content) return <p className="muted">{t('decision.recommendation.none')}</p>;
  return (
    <div className="minutes-recommendation">
      {content.decisionText ? (
        <p className="minutes-text minutes-recommendation__text">{content.decisionText}</p>
      ) : (
        <p className="muted">{t('decision.recommendation.noText')}</p>
      )}
      <RecommendationFacts
        content={content}
        className="minutes-facts"
        renderReason={(reason) => (
          <span className="minutes-text minutes-facts__detail">
            {tm('cases.reason', { reason })}
          </span>
        )}
      />
    </div>
  );
}

/**
 * Marks a position on another version than the recommendation's: it is not in the tally.
 * Minutes signed before positions carried a version say nothing (both are absent there).
 */
function NotCounted({ item, judged }: { item: MinutesCase; judged: number | null | undefined }) {
  const { t } = useTranslation('clinical');
  if (item.recommendationVersion === undefined || judged === undefined) return null;
  if (judged === item.recommendationVersion) return null;
  return (
    <span className="minutes-position__uncounted" data-testid="minutes-position-uncounted">
      {' ('}
      {judged === null
        ? t('decision.position.unbound')
        : t('decision.position.onOlder', { version: judged })}
      )
    </span>
  );
}

/** The tally, then every stated position by institution with its note (dissent in words). */
export function MinutesPositions({ item }: { item: MinutesCase }) {
  const { t } = useTranslation('clinical');
  const { t: tm } = useTranslation('minutes');
  const codes = [...new Set(item.positions.map((entry) => entry.institutionCode))];
  return (
    <div className="minutes-positions">
      <p className="minutes-tally" data-testid="minutes-tally">
        {POSITIONS.map((position) => (
          <span key={position} className={`minutes-tally__count minutes-tally__count--${position}`}>
            {t(`decision.position.${position}`)}: <strong>{item.tally[position]}</strong>
          </span>
        ))}
      </p>
      {item.positions.length === 0 ? (
        <p className="muted">{tm('cases.noPositions')}</p>
      ) : (
        codes.map((code) => (
          <div key={code} className="minutes-positions__group">
            <span className="code-badge">{code}</span>
            <ul className="plain-list">
              {item.positions
                .filter((entry) => entry.institutionCode === code)
                .map((entry) => (
                  <li
                    key={`${entry.name}:${entry.position}`}
                    className={`minutes-position minutes-position--${entry.position}`}
                  >
                    <span className="minutes-position__name">{entry.name}</span>
                    {' – '}
                    <span className="minutes-position__value">
                      {t(`decision.position.${entry.position}`)}
                    </span>
                    <NotCounted item={item} judged={entry.recommendationVersion} />
                    {entry.note && (
                      <p className="minutes-text minutes-position__note">{entry.note}</p>
                    )}
                  </li>
                ))}
            </ul>
          </div>
        ))
      )}
    </div>
  );
}

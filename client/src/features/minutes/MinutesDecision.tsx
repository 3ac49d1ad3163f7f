import { type MinutesCase, POSITIONS } from '@konsil/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../lib/time';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The recommendation as signed; only what was filled in is listed (labels as on the case). */
export function MinutesRecommendation({ item }: { item: MinutesCase }) {
  const { t, i18n } = useTranslation('clinical');
  const { t: tm } = useTranslation('minutes');
  const content = item.recommendation;
  if (!content) return <p className="muted">{t('decision.recommendation.none')}</p>;
  const concordance =
    content.isGuidelineConcordant === null
      ? 'unknown'
      : content.isGuidelineConcordant
        ? 'yes'
        : 'no';
  return (
    <div className="minutes-recommendation">
      {content.decisionText ? (
        <p className="minutes-text minutes-recommendation__text">{content.decisionText}</p>
      ) : (
        <p className="muted">{t('decision.recommendation.noText')}</p>
      )}
      <dl className="minutes-facts">
        {content.intent && (
          <Fact label={t('decision.recommendation.intent')}>
            {t(`decision.intent.${content.intent}`)}
          </Fact>
        )}
        {content.modalities.length > 0 && (
          <Fact label={t('decision.recommendation.modalities')}>
            {content.modalities.map((modality) => t(`decision.modality.${modality}`)).join(', ')}
          </Fact>
        )}
        {content.guideline && (
          <Fact label={t('decision.recommendation.guidelineBody')}>
            {t(`decision.guideline.${content.guideline.body}`)} · {content.guideline.name} ·{' '}
            {content.guideline.version}
          </Fact>
        )}
        <Fact label={t('decision.recommendation.concordance')}>
          {t(`decision.concordance.${concordance}`)}
          {content.isGuidelineConcordant === false && content.nonConcordanceReason && (
            <span className="minutes-text minutes-facts__detail">
              {tm('cases.reason', { reason: content.nonConcordanceReason })}
            </span>
          )}
        </Fact>
        {content.trialRegistryId && (
          <Fact label={t('decision.recommendation.trialRegistryId')}>
            <code>{content.trialRegistryId}</code>
          </Fact>
        )}
        {content.followUpOn && (
          <Fact label={t('decision.recommendation.followUpOn')}>
            {formatCalendarDate(content.followUpOn, i18n.language)}
          </Fact>
        )}
        {content.rePresent && (
          <Fact label={t('decision.recommendation.rePresentShort')}>{t('decision.yes')}</Fact>
        )}
      </dl>
    </div>
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

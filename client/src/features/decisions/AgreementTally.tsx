import { type CaseDecision, POSITIONS, type PositionEntry } from '@konsil/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { groupPositions, isCounted } from './positionGroups';

interface AgreementTallyProps {
  decision: Pick<CaseDecision, 'tally' | 'positions' | 'recommendation'>;
  viewerId: string;
}

/**
 * How the board stands on the current recommendation version: the counts (which say the version
 * they count), then every position by institution, notes included. A position on an earlier
 * version stays listed, muted and marked as not counted.
 */
export function AgreementTally({ decision, viewerId }: AgreementTallyProps) {
  const { t } = useTranslation('clinical');
  const labelId = useId();
  const currentVersion = decision.recommendation?.version ?? null;
  const groups = groupPositions(decision.positions);
  const hasUncounted = decision.positions.some((entry) => !isCounted(entry, currentVersion));
  // No recommendation, nothing to count (the panel says why there are no positions).
  if (currentVersion === null && groups.length === 0) return null;
  return (
    <div className="decision-tally" data-testid="agreement-tally">
      {currentVersion !== null && (
        <div className="decision-tally__summary">
          <span id={labelId} className="decision-tally__version" data-testid="tally-version">
            {t('decision.position.countedOn', { version: currentVersion })}
          </span>
          <dl className="decision-tally__counts" aria-labelledby={labelId}>
            {POSITIONS.map((position) => (
              <div
                key={position}
                className={`decision-tally__count decision-tally__count--${position}`}
                data-testid={`tally-${position}`}
              >
                <dt>{t(`decision.position.${position}`)}</dt>
                <dd>{decision.tally[position]}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {hasUncounted && currentVersion !== null && (
        <p className="decision-tally__hint muted">{t('decision.position.countedHint')}</p>
      )}
      {groups.length === 0 ? (
        <p className="muted">{t('decision.position.none')}</p>
      ) : (
        <ul className="decision-tally__groups">
          {groups.map((group) => (
            <li key={group.code}>
              <span className="code-badge">{group.code}</span>
              <ul className="decision-tally__entries">
                {group.entries.map((entry) => (
                  <PositionLine
                    key={entry.participant.id}
                    entry={entry}
                    isCounted={isCounted(entry, currentVersion)}
                    isViewer={entry.participant.id === viewerId}
                  />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface PositionLineProps {
  entry: PositionEntry;
  isCounted: boolean;
  isViewer: boolean;
}

function PositionLine({ entry, isCounted, isViewer }: PositionLineProps) {
  const { t } = useTranslation('clinical');
  const version = entry.recommendationVersion;
  return (
    <li
      className={`decision-entry decision-entry--${entry.position}${isCounted ? '' : ' decision-entry--uncounted'}`}
      data-testid="position-entry"
      data-counted={isCounted}
      data-version={version ?? ''}
    >
      <span className="decision-entry__name">
        {entry.participant.name}
        {isViewer && <span className="tag">{t('decision.position.you')}</span>}
      </span>
      <span className="decision-entry__position">{t(`decision.position.${entry.position}`)}</span>
      {!isCounted && (
        <span className="decision-entry__version">
          {version === null
            ? t('decision.position.unbound')
            : t('decision.position.onOlder', { version })}
        </span>
      )}
      {entry.note && <p className="decision-entry__note">{entry.note}</p>}
    </li>
  );
}

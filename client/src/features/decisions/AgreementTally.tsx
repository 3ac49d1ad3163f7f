import { type CaseDecision, POSITIONS } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { groupPositions } from './positionGroups';

interface AgreementTallyProps {
  decision: Pick<CaseDecision, 'tally' | 'positions'>;
  viewerId: string;
}

/** How the board stands: the counts, then every position by institution, notes included. */
export function AgreementTally({ decision, viewerId }: AgreementTallyProps) {
  const { t } = useTranslation('clinical');
  const groups = groupPositions(decision.positions);
  return (
    <div className="decision-tally" data-testid="agreement-tally">
      <dl className="decision-tally__counts">
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
      {groups.length === 0 ? (
        <p className="muted">{t('decision.position.none')}</p>
      ) : (
        <ul className="decision-tally__groups">
          {groups.map((group) => (
            <li key={group.code}>
              <span className="code-badge">{group.code}</span>
              <ul className="decision-tally__entries">
                {group.entries.map((entry) => (
                  <li
                    key={entry.participant.id}
                    className={`decision-entry decision-entry--${entry.position}`}
                  >
                    <span className="decision-entry__name">
                      {entry.participant.name}
                      {entry.participant.id === viewerId && (
                        <span className="tag">{t('decision.position.you')}</span>
                      )}
                    </span>
                    <span className="decision-entry__position">
                      {t(`decision.position.${entry.position}`)}
                    </span>
                    {entry.note && <p className="decision-entry__note">{entry.note}</p>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

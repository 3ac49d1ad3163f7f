import { institutionName, type MinutesCase, type MinutesContent } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { LetterLink } from './LetterLink';
import { MinutesPositions, MinutesRecommendation } from './MinutesDecision';
import { MinutesHistory } from './MinutesHistory';

interface MinutesCaseViewProps {
  item: MinutesCase;
  board: MinutesContent['board'];
}

/** One case as the minutes record it. Texts are plain text with their line breaks kept. */
export function MinutesCaseView({ item, board }: MinutesCaseViewProps) {
  const { t } = useTranslation('minutes');
  const { t: tc } = useTranslation('clinical');
  const titleId = `minutes-case-${item.caseId}`;
  // Absent in minutes signed before versions were recorded: they say nothing of versions.
  const version = item.recommendationVersion;
  return (
    <article
      className="card minutes-case"
      data-testid="minutes-case"
      data-case-id={item.caseId}
      aria-labelledby={titleId}
    >
      <header className="minutes-case__header">
        <div>
          <p className="eyebrow">{t('cases.position', { position: item.position })}</p>
          <h3 id={titleId} className="minutes-case__title">
            {item.pseudonym}
          </h3>
        </div>
        <span className={`status status--case-${item.status}`} data-testid="minutes-case-status">
          {tc(`caseStatus.${item.status}`)}
        </span>
      </header>
      {item.statusReason && (
        <p className="minutes-text">{t('cases.reason', { reason: item.statusReason })}</p>
      )}
      <dl className="minutes-facts">
        <div>
          <dt>{t('cases.home')}</dt>
          <dd>
            <span className="code-badge">{item.homeInstitutionCode}</span>{' '}
            {institutionName(board, item.homeInstitutionCode)}
          </dd>
        </div>
        <div>
          <dt>{t('cases.diagnosis')}</dt>
          <dd>{item.diagnosis ?? <span className="muted">{t('cases.notStated')}</span>}</dd>
        </div>
        <div>
          <dt>{t('cases.stage')}</dt>
          <dd>{item.stage ?? <span className="muted">{t('cases.notStated')}</span>}</dd>
        </div>
      </dl>
      <h4 className="subheading">{t('cases.question')}</h4>
      <p className="minutes-text">{item.question}</p>
      <MinutesHistory item={item} board={board} />
      <h4 className="subheading">{t('cases.notes')}</h4>
      {item.notes ? (
        <div className="minutes-text minutes-notes" data-testid="minutes-case-notes">
          {item.notes}
        </div>
      ) : (
        <p className="muted">{t('cases.noNotes')}</p>
      )}
      <h4 className="subheading" data-testid="minutes-recommendation-title">
        {version ? t('cases.recommendationOnVersion', { version }) : t('cases.recommendation')}
      </h4>
      <MinutesRecommendation item={item} />
      <h4 className="subheading" data-testid="minutes-positions-title">
        {version ? t('cases.agreementOnVersion', { version }) : t('cases.positions')}
      </h4>
      <MinutesPositions item={item} />
      <LetterLink boardId={board.id} caseId={item.caseId} status={item.status} />
    </article>
  );
}

import type { BoardDetail, PresenceEntry } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { groupPresence } from './presenceGroups';

interface PresencePanelProps {
  board: BoardDetail;
  entries: readonly PresenceEntry[];
  /** Institution colours by institution id (from /api/institutions). */
  colors: ReadonlyMap<string, string>;
  viewerId: string;
  coChairIds: readonly string[];
  speakerId: string | null;
}

/** Who is here, grouped by institution (host first), with counts and connection state. */
export function PresencePanel(props: PresencePanelProps) {
  const { t, i18n } = useTranslation('clinical');
  const { t: tc } = useTranslation();
  const { board } = props;
  const institutions = [
    board.hostInstitution,
    ...board.institutions.filter((institution) => institution.id !== board.hostInstitution.id),
  ];
  const participating = new Set(institutions.map((institution) => institution.id));
  const groups = groupPresence(institutions, props.entries, i18n.language, (entry) => ({
    ...entry.institution,
    timeZone: '',
  }));

  function tagsOf(entry: PresenceEntry): string[] {
    const tags: string[] = [];
    if (entry.userId === props.viewerId) tags.push(t('live.presence.you'));
    if (entry.role === 'coordinator' && participating.has(entry.institution.id)) {
      tags.push(t('live.presence.chair'));
    } else if (props.coChairIds.includes(entry.userId)) {
      tags.push(t('live.presence.coChair'));
    }
    if (entry.userId === props.speakerId) tags.push(t('live.presence.speaking'));
    return tags;
  }

  return (
    <section className="card live-panel" aria-labelledby="presence-title">
      <h2 id="presence-title" className="live-panel__title">
        {t('live.presence.title')}{' '}
        <span className="muted">{t('live.presence.summary', { count: props.entries.length })}</span>
      </h2>
      <div className="presence-groups">
        {groups.map(({ institution, entries, onlineCount }) => {
          const titleId = `presence-${institution.id}`;
          return (
            <section
              key={institution.id}
              className="presence-group"
              aria-labelledby={titleId}
              data-testid="presence-group"
              data-institution={institution.code}
            >
              <h3 id={titleId} className="presence-group__title">
                <span className="presence-group__code">
                  <span
                    className="institution-dot"
                    aria-hidden="true"
                    style={{ backgroundColor: props.colors.get(institution.id) }}
                  />
                  <span className="code-badge">{institution.code}</span>
                </span>{' '}
                <span className="presence-group__name">{institution.name}</span>{' '}
                <span className="presence-group__count" data-testid="presence-count">
                  {t('live.presence.groupCount', { count: onlineCount })}
                </span>
              </h3>
              {entries.length === 0 ? (
                <p className="muted presence-group__empty">{t('live.presence.noneHere')}</p>
              ) : (
                <ul className="presence-list">
                  {entries.map((entry) => {
                    const tags = tagsOf(entry);
                    const isSpeaking = entry.userId === props.speakerId;
                    return (
                      <li
                        key={entry.userId}
                        className={[
                          'presence-entry',
                          `presence-entry--${entry.status}`,
                          isSpeaking ? 'presence-entry--speaking' : '',
                        ]
                          .filter(Boolean)
                          .join(' ')}
                        data-testid="presence-entry"
                        data-status={entry.status}
                      >
                        <span className="presence-entry__name">{entry.name}</span>
                        {tags.map((tag) => (
                          <span key={tag} className="tag">
                            {tag}
                          </span>
                        ))}
                        <span className="cell-meta">
                          {tc(`roles.${entry.role}`)}
                          {entry.specialty && ` · ${tc(`specialties.${entry.specialty}`)}`}
                          <span aria-hidden="true"> · </span>
                          <span className={`presence-entry__status--${entry.status}`}>
                            {t(`live.presence.${entry.status}`)}
                          </span>
                        </span>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

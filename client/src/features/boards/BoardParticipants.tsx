import type { BoardDetail } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { groupByInstitution } from './participants';

/** Invited people, grouped by institution (host first). */
export function BoardParticipants({ board }: { board: BoardDetail }) {
  const { t, i18n } = useTranslation('clinical');
  const { t: tc } = useTranslation();
  const institutions = [
    board.hostInstitution,
    ...board.institutions.filter((institution) => institution.id !== board.hostInstitution.id),
  ];
  const groups = groupByInstitution(institutions, board.participants, i18n.language);
  return (
    <section className="card" aria-labelledby="participants-title">
      <h2 id="participants-title">
        {t('board.participants.title')} <span className="muted">({board.participants.length})</span>
      </h2>
      {board.participants.length === 0 ? (
        <p className="muted">{t('board.participants.none')}</p>
      ) : (
        <div className="participant-groups">
          {groups.map(({ institution, participants }) => (
            <section
              key={institution.id}
              className="participant-group"
              data-institution={institution.code}
            >
              <h3 className="participant-group__title">
                <span className="code-badge">{institution.code}</span> {institution.name}
              </h3>
              {participants.length === 0 ? (
                <p className="muted">{t('board.participants.noneHere')}</p>
              ) : (
                <ul className="people">
                  {participants.map((person) => (
                    <li key={person.id}>
                      <span className="people__name">{person.name}</span>
                      <span className="cell-meta">
                        {tc(`roles.${person.role}`)}
                        {person.specialty && ` · ${tc(`specialties.${person.specialty}`)}`}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

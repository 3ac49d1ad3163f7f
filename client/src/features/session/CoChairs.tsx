import type { BoardDetail, Participant } from '@konsil/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CoChairsProps {
  board: BoardDetail;
  coChairIds: readonly string[];
  isBusy: boolean;
  onChange: (userId: string, isCoChair: boolean) => void;
}

/** Coordinators name invited participants to chair with them (and take it back). */
export function CoChairs({ board, coChairIds, isBusy, onChange }: CoChairsProps) {
  const { t } = useTranslation('clinical');
  const { t: tc } = useTranslation();
  const selectId = useId();
  const [chosenId, setChosenId] = useState('');
  const participating = new Set([
    board.hostInstitution.id,
    ...board.institutions.map((institution) => institution.id),
  ]);
  // Coordinators of participating institutions chair already; observers only watch.
  const isCandidate = (person: Participant) =>
    !(person.role === 'coordinator' && participating.has(person.institution.id)) &&
    person.role !== 'observer' &&
    !coChairIds.includes(person.id);
  const coChairs = board.participants.filter((person) => coChairIds.includes(person.id));
  const candidates = board.participants.filter(isCandidate);

  return (
    <section className="card live-panel" aria-labelledby="co-chairs-title">
      <h2 id="co-chairs-title" className="live-panel__title">
        {t('live.chair.coChairs')}
      </h2>
      <p className="muted live-panel__help">{t('live.chair.coChairsHelp')}</p>
      {coChairs.length === 0 ? (
        <p className="muted">{t('live.chair.coChairsNone')}</p>
      ) : (
        <ul className="co-chairs">
          {coChairs.map((person) => (
            <li key={person.id} className="co-chairs__item">
              <span>
                {person.name} <span className="code-badge">{person.institution.code}</span>
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={isBusy}
                aria-label={t('live.chair.coChairRemoveLabel', { name: person.name })}
                onClick={() => onChange(person.id, false)}
              >
                {t('live.chair.coChairRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <form
          className="co-chairs__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!chosenId) return;
            onChange(chosenId, true);
            setChosenId('');
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={selectId}>
              {t('live.chair.coChairPick')}
            </label>
            <select
              id={selectId}
              className="field__control"
              value={chosenId}
              onChange={(event) => setChosenId(event.target.value)}
            >
              <option value="">{t('live.chair.coChairChoose')}</option>
              {candidates.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name} ({person.institution.code} · {tc(`roles.${person.role}`)})
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="button button--secondary"
            disabled={isBusy || chosenId === ''}
          >
            {t('live.chair.coChairAdd')}
          </button>
        </form>
      )}
    </section>
  );
}

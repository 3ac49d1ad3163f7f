import type { BoardDetail, CarryOverEntry } from '@konsil/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useApi } from '../../app/SessionProvider';
import { useApiQuery } from '../../lib/useApiQuery';
import { CarryOverPicker } from './CarryOverPicker';
import { fetchCarryOvers } from './carryOverApi';
import { startOnViewerClock } from './carryOverTimes';
import { notDiscussedCases } from './undiscussed';
import '../../styles/carryOver.css';

/** Where the live page's "carry over" link lands. */
export const CARRY_OVER_ANCHOR = 'not-discussed';

interface CarryOverSectionProps {
  board: BoardDetail;
  /** Coordinators of participating institutions; the server decides again. */
  canCarryOver: boolean;
  /** A case left this board: its agenda is to be loaded again. */
  onCarried: () => void;
}

/**
 * On an ended board, the cases it did not reach, each with "Carry over to…", and those already
 * carried away (and where to); on any board, the cases carried in from earlier boards.
 */
export function CarryOverSection({ board, canCarryOver, onCarried }: CarryOverSectionProps) {
  const { t } = useTranslation('clinical');
  const api = useApi();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const query = useApiQuery(`carry-overs:${board.id}`, (signal) =>
    fetchCarryOvers(api, board.id, signal),
  );
  // Moves made here show at once, before the board and this list are fetched again.
  const [justCarried, setJustCarried] = useState<CarryOverEntry[]>([]);
  const carried = query.state.status === 'success' ? query.state.data : null;
  const carriedAway = withoutRepeats([...(carried?.carriedAway ?? []), ...justCarried]);
  const carriedIn = carried?.carriedIn ?? [];
  // A case carried away never comes back to this (ended) board.
  const goneIds = new Set(carriedAway.map((entry) => entry.caseId));
  const notDiscussed = notDiscussedCases(board.cases).filter((item) => !goneIds.has(item.id));
  const hasUndiscussedPart =
    board.status === 'ended' && (notDiscussed.length > 0 || carriedAway.length > 0);

  const introText = () => {
    if (notDiscussed.length === 0) return t('carryOver.board.allCarried');
    return canCarryOver ? t('carryOver.board.intro') : t('carryOver.board.introReader');
  };

  const isAnchored = location.hash === `#${CARRY_OVER_ANCHOR}`;
  useEffect(() => {
    if (!isAnchored || !hasUndiscussedPart) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [isAnchored, hasUndiscussedPart]);

  return (
    <>
      {carriedIn.length > 0 && (
        <div className="callout carried-in" data-testid="carried-in">
          <p className="carried-in__title">{t('carryOver.board.carriedInTitle')}</p>
          <ul className="plain-list">
            {carriedIn.map((entry) => (
              <li key={`${entry.caseId}:${entry.at}`}>
                <CarriedLine entry={entry} direction="from" />
              </li>
            ))}
          </ul>
        </div>
      )}
      {hasUndiscussedPart && (
        <section
          className="stack carry-over"
          aria-labelledby={CARRY_OVER_ANCHOR}
          data-testid="carry-over-section"
        >
          <h2 id={CARRY_OVER_ANCHOR} ref={heading} tabIndex={-1}>
            {t('carryOver.board.title')}
          </h2>
          <p className="muted">{introText()}</p>
          <ul className="carry-over__list">
            {notDiscussed.map((item) => (
              <li key={item.id} className="carry-over__row" data-case-id={item.id}>
                <div className="carry-over__case">
                  <span className="pseudonym">{item.pseudonym}</span>
                  <span className="muted">
                    {item.homeInstitution.code}
                    {item.diagnosisSummary ? ` · ${item.diagnosisSummary}` : ''}
                  </span>
                  <span className="status status--case-not_discussed">
                    {t('caseStatus.not_discussed')}
                  </span>
                </div>
                {canCarryOver && (
                  <CarryOverPicker
                    boardId={board.id}
                    item={item}
                    onCarried={(entry) => {
                      setJustCarried((done) => [...done, entry]);
                      onCarried();
                      query.refresh();
                    }}
                  />
                )}
              </li>
            ))}
            {carriedAway.map((entry) => (
              <li
                key={`${entry.caseId}:${entry.at}`}
                className="carry-over__row carry-over__row--done"
                data-case-id={entry.caseId}
                data-testid="carried-away"
              >
                <CarriedLine entry={entry} direction="to" />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

const withoutRepeats = (entries: CarryOverEntry[]) =>
  entries.filter(
    (entry, index) =>
      entries.findIndex((other) => other.caseId === entry.caseId && other.at === entry.at) ===
      index,
  );

/** "CCCC-1234 — carried over to <board>, Thu 17 Dec 2026, 16:00" (or "from"). */
function CarriedLine({ entry, direction }: { entry: CarryOverEntry; direction: 'to' | 'from' }) {
  const { t, i18n } = useTranslation('clinical');
  const other = direction === 'to' ? entry.to : entry.from;
  const when = startOnViewerClock(other.startsAt, i18n.language);
  return (
    <span className="carried-line">
      <span className="pseudonym">{entry.pseudonym}</span>{' '}
      <span>
        {direction === 'to' ? t('carryOver.board.carriedTo') : t('carryOver.board.carriedFrom')}
      </span>{' '}
      <Link to={`/boards/${other.id}`}>{other.title}</Link>
      <span className="muted">
        {' '}
        · {when.date}, {when.time}
      </span>
    </span>
  );
}

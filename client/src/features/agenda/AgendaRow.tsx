import type { CaseSummary } from '@konsil/shared';
import type { DragEvent, KeyboardEvent, RefCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReadinessSummary } from '../cases/ReadinessSummary';
import type { AgendaAction } from './agendaReducer';

interface AgendaRowProps {
  item: CaseSummary;
  position: number;
  total: number;
  minutes: string;
  isMinutesValid: boolean;
  /** Minutes from the board's start to the end of this case, and that end on the viewer's clock. */
  runningTotal: number;
  endsAt: string;
  canReorder: boolean;
  isGrabbed: boolean;
  isDragged: boolean;
  handleRef: RefCallback<HTMLButtonElement>;
  dispatch: (action: AgendaAction) => void;
  onDragStart: (event: DragEvent<HTMLButtonElement>) => void;
  onDragOver: (event: DragEvent<HTMLTableRowElement>) => void;
  onDragEnd: () => void;
}

export function AgendaRow(props: AgendaRowProps) {
  const { t } = useTranslation('clinical');
  const { item, dispatch } = props;
  const name = item.pseudonym;

  // Space picks up and drops, arrows move, Escape puts the case back (WAI-ARIA sortable pattern).
  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const key = event.key;
    if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      dispatch(props.isGrabbed ? { type: 'drop' } : { type: 'grab', caseId: item.id });
    } else if (props.isGrabbed && (key === 'ArrowUp' || key === 'ArrowDown')) {
      event.preventDefault();
      dispatch({ type: 'moveGrabbed', delta: key === 'ArrowUp' ? -1 : 1 });
    } else if (props.isGrabbed && (key === 'Home' || key === 'End')) {
      event.preventDefault();
      dispatch({ type: 'moveGrabbed', delta: key === 'Home' ? -props.total : props.total });
    } else if (props.isGrabbed && key === 'Escape') {
      event.preventDefault();
      dispatch({ type: 'cancel' });
    }
  }

  const rowClass = [
    'agenda-row',
    props.isGrabbed ? 'agenda-row--grabbed' : '',
    props.isDragged ? 'agenda-row--dragged' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <tr className={rowClass} data-case-id={item.id} onDragOver={props.onDragOver}>
      {props.canReorder && (
        <td className="agenda-row__handle-cell">
          <div className="reorder">
            <button
              type="button"
              className="reorder__step"
              title={t('agenda.moveUp', { case: name })}
              disabled={props.position === 1}
              onClick={() => dispatch({ type: 'move', caseId: item.id, delta: -1 })}
            >
              <span aria-hidden="true">▲</span>
              <span className="visually-hidden">{t('agenda.moveUp', { case: name })}</span>
            </button>
            <button
              ref={props.handleRef}
              type="button"
              className="drag-handle"
              draggable
              aria-label={t('agenda.handle', { case: name })}
              aria-describedby="agenda-keyboard-help"
              aria-pressed={props.isGrabbed}
              onKeyDown={handleKeyDown}
              onBlur={(event) => {
                // Tabbing away drops the case; a blur while the row itself moves has no target.
                if (props.isGrabbed && event.relatedTarget !== null) dispatch({ type: 'drop' });
              }}
              onDragStart={props.onDragStart}
              onDragEnd={props.onDragEnd}
            >
              <span aria-hidden="true">⠿</span>
            </button>
            <button
              type="button"
              className="reorder__step"
              title={t('agenda.moveDown', { case: name })}
              disabled={props.position === props.total}
              onClick={() => dispatch({ type: 'move', caseId: item.id, delta: 1 })}
            >
              <span aria-hidden="true">▼</span>
              <span className="visually-hidden">{t('agenda.moveDown', { case: name })}</span>
            </button>
          </div>
        </td>
      )}
      <td className="agenda-row__position">{props.position}</td>
      <th scope="row">
        <Link to={`/boards/${item.boardId}/cases/${item.id}`} className="pseudonym">
          {name}
        </Link>
        <span className="cell-meta">
          <span className="code-badge">{item.homeInstitution.code}</span>
          {!item.consent && ` ${t('agenda.homeOnly')}`}
        </span>
        {item.homeReference != null && (
          <span className="home-reference">
            <span className="home-reference__label">{t('agenda.homeReference')}</span>{' '}
            {item.homeReference || '—'}
          </span>
        )}
      </th>
      <td>
        {item.presenter ? (
          item.presenter.name
        ) : (
          <span className="muted">{t('agenda.noPresenter')}</span>
        )}
      </td>
      <td>
        <span className="cell-title">{item.diagnosisSummary ?? '—'}</span>
        <span className="cell-meta">{item.stageSummary ?? t('agenda.notStaged')}</span>
      </td>
      <td>
        {props.canReorder ? (
          <input
            className={
              props.isMinutesValid ? 'minutes-input' : 'minutes-input minutes-input--invalid'
            }
            type="number"
            inputMode="numeric"
            min={1}
            max={120}
            value={props.minutes}
            aria-label={t('agenda.minutesLabel', { case: name })}
            aria-invalid={props.isMinutesValid ? undefined : true}
            onChange={(event) =>
              dispatch({ type: 'setMinutes', caseId: item.id, minutes: event.target.value })
            }
          />
        ) : (
          t('agenda.minutesValue', { minutes: props.minutes })
        )}
      </td>
      <td className="nowrap">
        <span className="cell-title">
          {t('agenda.minutesValue', { minutes: props.runningTotal })}
        </span>
        <span className="cell-meta">{t('agenda.endsAt', { time: props.endsAt })}</span>
      </td>
      <td>
        <span className={`status status--case-${item.status}`}>
          {t(`caseStatus.${item.status}`)}
        </span>
      </td>
      <td>
        <ReadinessSummary readiness={item.readiness} isCompact />
      </td>
    </tr>
  );
}

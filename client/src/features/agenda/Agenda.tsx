import type { BoardDetail } from '@konsil/shared';
import { type DragEvent, useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type ApiError, toApiError } from '../../lib/api';
import { formatTime, viewerTimeZone } from '../../lib/time';
import { AgendaRow } from './AgendaRow';
import { AgendaTotal } from './AgendaTotal';
import { updateAgenda } from './agendaApi';
import {
  type Announcement,
  agendaItems,
  agendaReducer,
  initialAgendaState,
  isAgendaChanged,
  parseMinutes,
} from './agendaReducer';
import { agendaTotals } from './agendaTotals';

interface AgendaProps {
  board: BoardDetail;
  onSaved: (board: BoardDetail) => void;
  /** Someone else saved first: the page reloads the board and says so. */
  onConflict: () => void;
}

/** The ordered cases; coordinators reorder (drag, keyboard or buttons) and allot minutes. */
export function Agenda({ board, onSaved, onConflict }: AgendaProps) {
  const { t, i18n } = useTranslation('clinical');
  const api = useApi();
  const zone = viewerTimeZone();
  const saved = board.cases.map((item) => ({
    caseId: item.id,
    allottedMinutes: item.allottedMinutes,
  }));
  const [state, dispatch] = useReducer(agendaReducer, saved, initialAgendaState);
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [isInvalidShown, setIsInvalidShown] = useState(false);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const canReorder = board.permissions.canReorder;

  // A picked-up case keeps keyboard focus while its row moves through the table.
  const grabbedId = state.grabbed?.caseId ?? null;
  const orderKey = state.order.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: orderKey is the trigger; the handle moves with its row.
  useEffect(() => {
    if (!grabbedId) return;
    const handle = handles.current.get(grabbedId);
    if (handle && document.activeElement !== handle) handle.focus();
  }, [grabbedId, orderKey]);

  const byId = new Map(board.cases.map((item) => [item.id, item]));
  const rows = state.order.flatMap((caseId) => byId.get(caseId) ?? []);
  const minutes = rows.map((item) => parseMinutes(state.minutes[item.id] ?? ''));
  const totals = agendaTotals(minutes, board.durationMinutes);
  const startMs = Date.parse(board.startsAt);
  const isChanged = isAgendaChanged(state, saved);

  async function handleSave() {
    const items = agendaItems(state);
    setError(null);
    if (!items) {
      setIsInvalidShown(true);
      return;
    }
    setIsInvalidShown(false);
    setIsSaving(true);
    try {
      onSaved(await updateAgenda(api, board.id, { agendaVersion: board.agendaVersion, items }));
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.id === 'conflict') onConflict();
      else setError(apiError);
    } finally {
      setIsSaving(false);
    }
  }

  function handleDragStart(caseId: string, event: DragEvent<HTMLButtonElement>) {
    setDraggedId(caseId);
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', caseId);
    const row = event.currentTarget.closest('tr');
    if (row) event.dataTransfer.setDragImage(row, 24, 24);
  }

  function handleDragOver(targetId: string, event: DragEvent<HTMLTableRowElement>) {
    if (!draggedId) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (targetId === draggedId) return;
    const index = state.order.indexOf(targetId);
    if (index !== state.order.indexOf(draggedId)) {
      dispatch({ type: 'moveTo', caseId: draggedId, index });
    }
  }

  function handleDragEnd() {
    if (draggedId) {
      dispatch({ type: 'grab', caseId: draggedId });
      dispatch({ type: 'drop' });
    }
    setDraggedId(null);
  }

  const announcement = (value: Announcement | null) => {
    if (!value) return '';
    const name = byId.get(value.caseId)?.pseudonym ?? '';
    return t(`agenda.announce.${value.kind}`, {
      case: name,
      position: value.position,
      total: value.total,
    });
  };

  if (rows.length === 0) {
    return <p className="empty-state">{t('agenda.empty')}</p>;
  }

  return (
    <div className="agenda">
      {canReorder && (
        <p id="agenda-keyboard-help" className="muted agenda__help">
          {t('agenda.keyboardHelp')}
        </p>
      )}
      <div className="visually-hidden" aria-live="assertive" data-testid="agenda-announcement">
        {announcement(state.announcement)}
      </div>
      <div className="table-wrap">
        <table
          className="table agenda-table"
          data-testid="agenda"
          // Without this, some browsers open the dragged text as a link on drop.
          onDrop={(event) => event.preventDefault()}
        >
          <caption className="visually-hidden">{t('agenda.caption')}</caption>
          <thead>
            <tr>
              {canReorder && (
                <th scope="col">
                  <span className="visually-hidden">{t('agenda.columns.handle')}</span>
                </th>
              )}
              <th scope="col">{t('agenda.columns.position')}</th>
              <th scope="col">{t('agenda.columns.case')}</th>
              <th scope="col">{t('agenda.columns.presenter')}</th>
              <th scope="col">{t('agenda.columns.diagnosis')}</th>
              <th scope="col">{t('agenda.columns.minutes')}</th>
              <th scope="col">{t('agenda.columns.runningTotal')}</th>
              <th scope="col">{t('agenda.columns.status')}</th>
              <th scope="col">{t('agenda.columns.readiness')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((item, index) => {
              const runningTotal = totals.runningTotals[index] ?? 0;
              return (
                <AgendaRow
                  key={item.id}
                  item={item}
                  position={index + 1}
                  total={rows.length}
                  minutes={state.minutes[item.id] ?? ''}
                  isMinutesValid={minutes[index] !== null}
                  runningTotal={runningTotal}
                  endsAt={formatTime(
                    new Date(startMs + runningTotal * 60_000),
                    i18n.language,
                    zone,
                  )}
                  canReorder={canReorder}
                  isGrabbed={grabbedId === item.id}
                  isDragged={draggedId === item.id}
                  handleRef={(element) => {
                    if (element) handles.current.set(item.id, element);
                    else handles.current.delete(item.id);
                  }}
                  dispatch={dispatch}
                  onDragStart={(event) => handleDragStart(item.id, event)}
                  onDragOver={(event) => handleDragOver(item.id, event)}
                  onDragEnd={handleDragEnd}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      <AgendaTotal totals={totals} />
      {canReorder && (isChanged || error) && (
        <section className="save-bar" aria-label={t('agenda.unsaved')}>
          <p className="save-bar__text">{t('agenda.unsaved')}</p>
          {isInvalidShown && agendaItems(state) === null && (
            <p className="field__error">{t('agenda.invalidMinutes')}</p>
          )}
          {error && <ErrorAlert error={error} />}
          <div className="form__actions">
            <button type="button" className="button" disabled={isSaving} onClick={handleSave}>
              {isSaving ? t('agenda.saving') : t('agenda.save')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={isSaving}
              onClick={() => {
                setError(null);
                dispatch({ type: 'reset', entries: saved });
              }}
            >
              {t('agenda.discard')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

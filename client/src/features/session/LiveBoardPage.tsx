import type { BoardDetail, CaseSummary, InstitutionList } from '@konsil/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useApi, useCurrentUser } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { ApiError } from '../../lib/api';
import { errorText } from '../../lib/errors';
import type { CommandPayload } from '../../lib/socket';
import { useApiQuery } from '../../lib/useApiQuery';
import { fetchBoard, listInstitutions } from '../boards/boardsApi';
import type { DecisionChange } from '../decisions/useCaseDecision';
import { CaseTimer } from './CaseTimer';
import { ChairActions } from './ChairActions';
import { CoChairs } from './CoChairs';
import { CurrentCase } from './CurrentCase';
import { HandsQueue } from './HandsQueue';
import { LiveAgenda } from './LiveAgenda';
import { LiveHeader } from './LiveHeader';
import { hasStartIntent } from './liveIntent';
import { livePermissions } from './livePermissions';
import { PresencePanel } from './PresencePanel';
import { type SessionCommand, useLiveSession } from './useLiveSession';
import '../../styles/clinical.css';
import '../../styles/live.css';

type Institutions = InstitutionList['institutions'];

/** /boards/:boardId/live — one page per board; a new board id starts a fresh live view. */
export function LiveBoardPage() {
  const { boardId = '' } = useParams();
  return <LiveBoard key={boardId} boardId={boardId} />;
}

function LiveBoard({ boardId }: { boardId: string }) {
  const { t } = useTranslation('clinical');
  const api = useApi();
  const boardQuery = useApiQuery(`live-board:${boardId}`, (signal) =>
    fetchBoard(api, boardId, signal),
  );
  const institutionsQuery = useApiQuery('institutions', (signal) => listInstitutions(api, signal));
  const navigate = useNavigate();
  const [decisionChange, setDecisionChange] = useState<DecisionChange | null>(null);
  const announceDecisionChange = useCallback((caseId: string | null) => {
    setDecisionChange((last) => ({ caseId, serial: (last?.serial ?? 0) + 1 }));
  }, []);
  const live = useLiveSession(boardId, {
    // The agenda (order, status, consent) changed: the REST view is the one that filters it.
    onAgendaChanged: boardQuery.refresh,
    onDecisionChanged: announceDecisionChange,
    onAccessRevoked: () => navigate('/', { replace: true, state: { notice: 'accessRevoked' } }),
  });
  // Broadcasts sent while this tab was disconnected are lost: after a rejoin, refetch decisions.
  const wasJoined = useRef(false);
  useEffect(() => {
    if (!live.isJoined) return;
    if (wasJoined.current) announceDecisionChange(null);
    wasJoined.current = true;
  }, [live.isJoined, announceDecisionChange]);

  const { state } = boardQuery;
  if (state.status === 'error' && state.error.id === 'not_found') return <NotFoundPage />;
  if (live.joinError === 'not_found') return <NotFoundPage />;
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    return (
      <ErrorAlert error={state.error} title={t('live.loadError')} onRetry={boardQuery.reload} />
    );
  }
  const institutions =
    institutionsQuery.state.status === 'success' ? institutionsQuery.state.data : [];
  return (
    <LiveBoardView
      board={state.data}
      institutions={institutions}
      live={live}
      decisionChange={decisionChange}
    />
  );
}

interface LiveBoardViewProps {
  board: BoardDetail;
  institutions: Institutions;
  live: ReturnType<typeof useLiveSession>;
  decisionChange: DecisionChange | null;
}

function nextCaseOf(cases: readonly CaseSummary[], currentCaseId: string | null) {
  if (currentCaseId === null) return cases[0] ?? null;
  const index = cases.findIndex((item) => item.id === currentCaseId);
  // A current case this viewer cannot see has no known place in their agenda.
  return index === -1 ? null : (cases[index + 1] ?? null);
}

function LiveBoardView({ board, institutions, live, decisionChange }: LiveBoardViewProps) {
  const { t } = useTranslation('clinical');
  const { t: tc } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const [isPending, setIsPending] = useState(false);
  const [commandError, setCommandError] = useState<string | null>(null);
  const [browsingCaseId, setBrowsingCaseId] = useState<string | null>(null);

  const session = live.snapshot?.state ?? null;
  const status = session?.status ?? board.status;
  const isLive = status === 'live';
  const permissions = livePermissions(user, board, session);
  const isBusy = isPending || live.connection !== 'online' || !live.isJoined;
  const currentCaseId = session?.currentCaseId ?? null;
  const isBrowsingKnownCase = board.cases.some((item) => item.id === browsingCaseId);
  const browsing = browsingCaseId !== currentCaseId && isBrowsingKnownCase ? browsingCaseId : null;

  const colorById = new Map(institutions.map((institution) => [institution.id, institution.color]));
  const colorByCode = new Map(
    institutions.map((institution) => [institution.code, institution.color]),
  );
  const entries = live.presence?.entries ?? [];
  const nameOf = (userId: string) =>
    entries.find((entry) => entry.userId === userId)?.name ??
    board.participants.find((person) => person.id === userId)?.name ??
    session?.hands.find((hand) => hand.userId === userId)?.name ??
    '';

  async function run<E extends SessionCommand>(event: E, payload: CommandPayload<E>) {
    setIsPending(true);
    const errorId = await live.send(event, payload);
    setIsPending(false);
    setCommandError(errorId);
  }

  // "Start board" on the board page: start once, as soon as this chair is in the room.
  const startIntent = useRef(hasStartIntent(location.state));
  const canAutoStart =
    startIntent.current && live.isJoined && status === 'scheduled' && permissions.canChair;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once when the room is joined.
  useEffect(() => {
    if (!live.isJoined || !startIntent.current) return;
    startIntent.current = false;
    // Forget the intent so a reload does not start anything.
    navigate(location.pathname, { replace: true, state: null });
    if (canAutoStart) void run('board:start', { boardId: board.id });
  }, [live.isJoined]);

  const isObserverView = !permissions.canChair && !permissions.canRaiseHand;
  const nextCase = permissions.canChair && isLive ? nextCaseOf(board.cases, currentCaseId) : null;

  return (
    <article className="page live-page" aria-labelledby="live-title">
      <LiveHeader
        board={board}
        status={status}
        connection={live.connection}
        actions={
          permissions.canChair && live.snapshot ? (
            <ChairActions
              status={status}
              isBusy={isBusy}
              onStart={() => void run('board:start', { boardId: board.id })}
              onEnd={() => void run('board:end', { boardId: board.id })}
            />
          ) : null
        }
      />
      <div className="live-region live-page__notices">
        {live.connection === 'reconnecting' && (
          <div className="alert alert--warning" role="status" data-testid="reconnecting">
            <p>{t('live.connection.banner')}</p>
          </div>
        )}
        {live.joinError && live.joinError !== 'not_found' && (
          <ErrorAlert
            error={new ApiError({ id: live.joinError, status: 0 })}
            title={t('live.loadError')}
            onRetry={live.retryJoin}
          />
        )}
        {commandError && (
          <div className="alert alert--error" role="alert" data-testid="command-error">
            <p>{errorText(tc, commandError)}</p>
          </div>
        )}
      </div>
      {isObserverView && <p className="muted live-page__observer">{t('live.observer')}</p>}
      {!live.snapshot ? (
        <LoadingState label={t(`live.connection.${live.connection}`)} />
      ) : (
        <div className="live-layout">
          <div className="live-layout__main">
            <CurrentCase
              board={board}
              status={status}
              currentCaseId={currentCaseId}
              browsingCaseId={browsing}
              onReturn={() => setBrowsingCaseId(null)}
              nextCase={nextCase}
              isBusy={isBusy}
              onNext={(caseId) => void run('session:setCase', { boardId: board.id, caseId })}
              decisionChange={decisionChange}
            />
          </div>
          <div className="live-layout__side">
            {status !== 'ended' && (
              <CaseTimer
                snapshot={live.snapshot}
                canControl={permissions.canChair && isLive}
                isBusy={isBusy}
                onStart={() => void run('timer:start', { boardId: board.id })}
                onPause={() => void run('timer:pause', { boardId: board.id })}
                onExtend={(minutes) => void run('timer:extend', { boardId: board.id, minutes })}
              />
            )}
            <HandsQueue
              hands={session?.hands ?? []}
              speakerId={session?.speakerId ?? null}
              nameOf={nameOf}
              colorOfCode={(code) => colorByCode.get(code)}
              viewerId={user.id}
              isLive={isLive}
              canRaiseHand={permissions.canRaiseHand}
              canChair={permissions.canChair}
              isBusy={isBusy}
              lastChange={live.handChange}
              onRaise={() => void run('hand:raise', { boardId: board.id })}
              onLower={(userId) =>
                void run(
                  'hand:lower',
                  userId ? { boardId: board.id, userId } : { boardId: board.id },
                )
              }
              onCallOn={(userId) => void run('hand:callOn', { boardId: board.id, userId })}
            />
            <PresencePanel
              board={board}
              entries={entries}
              colors={colorById}
              viewerId={user.id}
              coChairIds={session?.coChairIds ?? []}
              speakerId={session?.speakerId ?? null}
            />
            <LiveAgenda
              cases={board.cases}
              currentCaseId={isLive ? currentCaseId : null}
              browsingCaseId={browsing}
              canSetCase={permissions.canChair && isLive}
              isBusy={isBusy}
              onSetCase={(caseId) => {
                setBrowsingCaseId(null);
                void run('session:setCase', { boardId: board.id, caseId });
              }}
              onView={(caseId) => setBrowsingCaseId(caseId === currentCaseId ? null : caseId)}
            />
            {permissions.canAppoint && status !== 'ended' && (
              <CoChairs
                board={board}
                coChairIds={session?.coChairIds ?? []}
                isBusy={isBusy}
                onChange={(userId, isCoChair) =>
                  void run('session:setCoChair', { boardId: board.id, userId, isCoChair })
                }
              />
            )}
          </div>
        </div>
      )}
    </article>
  );
}

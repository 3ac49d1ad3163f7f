import type { BoardDetail, InstitutionList } from '@konsil/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useApi, useCurrentUser } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../lib/useApiQuery';
import { fetchBoard, listInstitutions } from '../boards/boardsApi';
import type { DecisionChange } from '../decisions/useCaseDecision';
import { CaseTimer } from './CaseTimer';
import { ChairActions } from './ChairActions';
import { CoChairs } from './CoChairs';
import { CurrentCase } from './CurrentCase';
import type { LiveCommand } from './commandQueue';
import { EndedBoardNotice } from './EndedBoardNotice';
import { HandsQueue } from './HandsQueue';
import { LiveAgenda } from './LiveAgenda';
import { LiveHeader } from './LiveHeader';
import { LiveNotices } from './LiveNotices';
import { hasStartIntent } from './liveIntent';
import { livePermissions } from './livePermissions';
import { liveCaseOf, nextCaseFor, visibleCaseId } from './liveState';
import { PresencePanel } from './PresencePanel';
import { withOwnConnection } from './presenceGroups';
import { useStartBoard } from './StartEarlyConfirm';
import { useLiveSession } from './useLiveSession';
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
  // Broadcasts sent while this tab was disconnected are lost: after a rejoin, refetch the agenda
  // (order, status, consent), the case shown and the decisions.
  const wasJoined = useRef(false);
  const [resyncSerial, setResyncSerial] = useState(0);
  const { isJoined } = live.link;
  const refreshBoard = boardQuery.refresh;
  useEffect(() => {
    if (!isJoined) return;
    if (wasJoined.current) {
      refreshBoard();
      setResyncSerial((count) => count + 1);
      announceDecisionChange(null);
    }
    wasJoined.current = true;
  }, [isJoined, refreshBoard, announceDecisionChange]);

  const { state } = boardQuery;
  if (state.status === 'error' && state.error.id === 'not_found') return <NotFoundPage />;
  if (live.link.joinError === 'not_found') return <NotFoundPage />;
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
      resyncSerial={resyncSerial}
    />
  );
}

interface LiveBoardViewProps {
  board: BoardDetail;
  institutions: Institutions;
  live: ReturnType<typeof useLiveSession>;
  decisionChange: DecisionChange | null;
  resyncSerial: number;
}

function LiveBoardView(props: LiveBoardViewProps) {
  const { board, institutions, live, decisionChange } = props;
  const { t } = useTranslation('clinical');
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const [browsingCaseId, setBrowsingCaseId] = useState<string | null>(null);
  const { link, commands } = live;

  const session = live.snapshot?.state ?? null;
  const status = session?.status ?? board.status;
  const isLive = status === 'live';
  const permissions = livePermissions(user, board, session);
  const liveCase = liveCaseOf(session, board.cases);
  const currentCaseId = visibleCaseId(liveCase);
  const isBrowsingKnownCase = board.cases.some((item) => item.id === browsingCaseId);
  const browsing = browsingCaseId !== currentCaseId && isBrowsingKnownCase ? browsingCaseId : null;

  const colorById = new Map(institutions.map((institution) => [institution.id, institution.color]));
  const colorByCode = new Map(
    institutions.map((institution) => [institution.code, institution.color]),
  );
  const entries = withOwnConnection(
    live.presence?.entries ?? [],
    user.id,
    link.connection === 'online',
  );
  const nameOf = (userId: string) =>
    entries.find((entry) => entry.userId === userId)?.name ??
    board.participants.find((person) => person.id === userId)?.name ??
    session?.hands.find((hand) => hand.userId === userId)?.name ??
    '';
  const caseNameOf = (caseId: string) =>
    board.cases.find((item) => item.id === caseId)?.pseudonym ?? '';

  // Commands are kept until acknowledged; while disconnected they wait (and say so), so the
  // controls stay usable. A control is busy only while its own command is pending.
  const run = (command: LiveCommand) => commands.give(command);
  const isPending = commands.isPending;
  const ownHand = commands.pending.find(
    (entry) => entry.slot === 'hand:own' && entry.phase !== 'failed',
  );
  let ownHandPending: 'raise' | 'lower' | null = null;
  if (ownHand) ownHandPending = ownHand.command.event === 'hand:raise' ? 'raise' : 'lower';
  // Starting long before the scheduled time asks first, whichever way the chair starts.
  const start = useStartBoard(board, commands);

  // "Start board" on the board page: start once, as soon as this chair is in the room.
  const startIntent = useRef(hasStartIntent(location.state));
  const canAutoStart =
    startIntent.current && link.isJoined && status === 'scheduled' && permissions.canChair;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once when the room is joined.
  useEffect(() => {
    if (!link.isJoined || !startIntent.current) return;
    startIntent.current = false;
    // Forget the intent so a reload does not start anything.
    navigate(location.pathname, { replace: true, state: null });
    if (canAutoStart) start.request();
  }, [link.isJoined]);

  const isObserverView = !permissions.canChair && !permissions.canRaiseHand;
  const nextCase = permissions.canChair && isLive ? nextCaseFor(board.cases, liveCase) : null;
  const boardRef = { boardId: board.id };

  return (
    <article className="page live-page" aria-labelledby="live-title">
      <LiveHeader
        board={board}
        status={status}
        connection={link.connection}
        actions={
          permissions.canChair && live.snapshot ? (
            <ChairActions
              status={status}
              cases={board.cases}
              isBusy={isPending('board')}
              onStart={start.request}
              onEnd={() => run({ event: 'board:end', payload: boardRef })}
            />
          ) : null
        }
      />
      <LiveNotices
        link={link}
        commands={commands}
        nameOf={nameOf}
        caseNameOf={caseNameOf}
        onRetryJoin={live.retryJoin}
      />
      {start.dialog}
      {status === 'ended' && (
        <EndedBoardNotice board={board} canCarryOver={permissions.canAppoint} />
      )}
      {isObserverView && <p className="muted live-page__observer">{t('live.observer')}</p>}
      {!live.snapshot ? (
        <LoadingState label={t(`live.connection.${link.connection}`)} />
      ) : (
        <div className="live-layout">
          <div className="live-layout__main">
            <CurrentCase
              board={board}
              status={status}
              liveCase={liveCase}
              browsingCaseId={browsing}
              onReturn={() => setBrowsingCaseId(null)}
              nextCase={nextCase}
              isBusy={isPending('case')}
              onNext={(caseId) =>
                run({ event: 'session:setCase', payload: { boardId: board.id, caseId } })
              }
              decisionChange={decisionChange}
              resyncSerial={props.resyncSerial}
            />
          </div>
          <div className="live-layout__side">
            {status !== 'ended' && (
              <CaseTimer
                snapshot={live.snapshot}
                isCaseHidden={liveCase.kind === 'hidden'}
                canControl={permissions.canChair && isLive}
                isBusy={isPending('timer') || isPending('timer:extend')}
                onStart={() => run({ event: 'timer:start', payload: boardRef })}
                onPause={() => run({ event: 'timer:pause', payload: boardRef })}
                onExtend={(minutes) =>
                  run({ event: 'timer:extend', payload: { boardId: board.id, minutes } })
                }
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
              isHandPending={(userId) => isPending(`hand:${userId}`)}
              ownHandPending={ownHandPending}
              lastChange={live.handChange}
              onRaise={() => run({ event: 'hand:raise', payload: boardRef })}
              onLower={(userId) =>
                run({
                  event: 'hand:lower',
                  payload: userId ? { boardId: board.id, userId } : boardRef,
                })
              }
              onCallOn={(userId) =>
                run({ event: 'hand:callOn', payload: { boardId: board.id, userId } })
              }
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
              isBusy={isPending('case')}
              onSetCase={(caseId) => {
                setBrowsingCaseId(null);
                run({ event: 'session:setCase', payload: { boardId: board.id, caseId } });
              }}
              onView={(caseId) => setBrowsingCaseId(caseId === currentCaseId ? null : caseId)}
            />
            {permissions.canAppoint && status !== 'ended' && (
              <CoChairs
                board={board}
                coChairIds={session?.coChairIds ?? []}
                isBusy={commands.pending.some(
                  (entry) => entry.slot.startsWith('coChair:') && entry.phase !== 'failed',
                )}
                onChange={(userId, isCoChair) =>
                  run({
                    event: 'session:setCoChair',
                    payload: { boardId: board.id, userId, isCoChair },
                  })
                }
              />
            )}
          </div>
        </div>
      )}
    </article>
  );
}

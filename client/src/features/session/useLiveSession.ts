import {
  JoinResultSchema,
  PresenceJoinedSchema,
  PresenceLeftSchema,
  PresenceListSchema,
  type SessionState,
  SessionStateSchema,
} from '@konsil/shared';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useSocket } from '../../app/SessionProvider';
import { type KonsilSocket, sendCommand } from '../../lib/socket';
import { type HandChange, handChange } from './handChanges';
import { canSendCommands, INITIAL_LINK, type LiveLink, nextLink } from './liveConnection';
import { readReply } from './liveReply';
import {
  acceptSnapshot,
  applyPresenceDelta,
  type Presence,
  type PresenceDelta,
  presenceFromList,
  type Snapshot,
} from './liveState';
import { type LiveCommands, useLiveCommands } from './useLiveCommands';

export interface LiveSession {
  /** The connection, the room, and why joining failed. */
  link: LiveLink;
  snapshot: Snapshot | null;
  presence: Presence | null;
  /** The last change to the hand queue, numbered so the same words can be announced twice. */
  handChange: { change: HandChange; serial: number } | null;
  /** Commands the person gave, kept until acknowledged (see useLiveCommands). */
  commands: LiveCommands;
  retryJoin: () => void;
}

interface Handlers {
  onAgendaChanged: () => void;
  /** A case's recommendation, positions or outcome changed: whoever shows it refetches. */
  onDecisionChanged: (caseId: string) => void;
  onAccessRevoked: () => void;
}

const now = () => performance.now();

/**
 * The live board over the tab's socket: joins the board's room (again after every reconnect,
 * taking the join reply's state and presence as the truth), keeps the newest session snapshot and
 * the presence list in step, and sends commands once joined. Renders only from snapshots;
 * presence deltas apply in version order, and a gap asks for the whole list.
 */
export function useLiveSession(boardId: string, handlers: Handlers): LiveSession {
  const socket = useSocket();
  const [link, dispatchLink] = useReducer(nextLink, INITIAL_LINK);
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [presence, setPresence] = useState<Presence | null>(null);
  const [lastHandChange, setLastHandChange] = useState<LiveSession['handChange']>(null);
  const [joinAttempt, setJoinAttempt] = useState(0);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  // Mirrors of what is shown, read synchronously by socket handlers (gap checks, version checks).
  const shown = useRef<{ snapshot: Snapshot | null; presence: Presence | null }>({
    snapshot: null,
    presence: null,
  });

  const showSnapshot = useCallback((state: SessionState, isResync = false) => {
    const previous = shown.current.snapshot;
    const next = acceptSnapshot(previous, state, now(), { isResync });
    if (next === previous || !next) return;
    shown.current.snapshot = next;
    setSnapshot(next);
    const change = handChange(previous?.state ?? null, next.state);
    if (change) {
      setLastHandChange((last) => ({ change, serial: (last?.serial ?? 0) + 1 }));
    }
  }, []);

  const showPresence = useCallback((next: Presence) => {
    shown.current.presence = next;
    setPresence(next);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: joinAttempt is the retry trigger.
  useEffect(() => {
    if (!socket) return;
    const live: KonsilSocket = socket;
    let isActive = true;
    /** In the room on this connection: until then the join reply covers every presence change. */
    let isInRoom = false;
    let isSyncing = false;

    async function join() {
      try {
        const reply = await readReply(
          await sendCommand(live, 'board:join', { boardId }),
          JoinResultSchema,
        );
        if (!isActive) {
          // The page closed while the join was on its way: leave the room it got us into.
          if (reply.ok) live.emit('board:leave', { boardId }, () => undefined);
          return;
        }
        if (!reply.ok) {
          dispatchLink({ type: 'joinFailed', errorId: reply.errorId });
          return;
        }
        isInRoom = true;
        showSnapshot(reply.data.state, true);
        // The list is whole; after a server restart its version may even be lower than ours.
        showPresence(presenceFromList(reply.data.presence));
        // Last: commands held meanwhile go out once the page shows the state they act on.
        dispatchLink({ type: 'joined' });
      } catch {
        if (isActive) dispatchLink({ type: 'joinFailed', errorId: 'network_error' });
      }
    }

    async function syncPresence() {
      if (isSyncing) return;
      isSyncing = true;
      try {
        const reply = await readReply(
          await sendCommand(live, 'presence:sync', { boardId }),
          PresenceListSchema,
        );
        const current = shown.current.presence;
        if (isActive && reply.ok && current) {
          showPresence(presenceFromList(reply.data, current.pending));
        }
      } catch {
        // The next delta with a gap asks again; a reconnect rejoins with the whole list.
      } finally {
        isSyncing = false;
      }
    }

    function applyDelta(delta: PresenceDelta) {
      const current = shown.current.presence;
      if (!isInRoom || !current) return;
      const result = applyPresenceDelta(current, delta);
      if (result.presence !== current) showPresence(result.presence);
      if (result.hasGap) void syncPresence();
    }

    const handleConnect = () => {
      dispatchLink({ type: 'connected' });
      void join();
    };
    const handleDisconnect = () => {
      isInRoom = false;
      dispatchLink({ type: 'disconnected' });
    };
    const handleState = (payload: unknown) => {
      const parsed = SessionStateSchema.safeParse(payload);
      if (parsed.success && parsed.data.boardId === boardId) showSnapshot(parsed.data);
    };
    const handleJoined = (payload: unknown) => {
      const parsed = PresenceJoinedSchema.safeParse(payload);
      if (parsed.success && parsed.data.boardId === boardId) {
        applyDelta({ kind: 'joined', version: parsed.data.version, entry: parsed.data.entry });
      }
    };
    const handleChanged = (payload: unknown) => {
      const parsed = PresenceJoinedSchema.safeParse(payload);
      if (parsed.success && parsed.data.boardId === boardId) {
        applyDelta({ kind: 'changed', version: parsed.data.version, entry: parsed.data.entry });
      }
    };
    const handleLeft = (payload: unknown) => {
      const parsed = PresenceLeftSchema.safeParse(payload);
      if (parsed.success && parsed.data.boardId === boardId) {
        applyDelta({ kind: 'left', version: parsed.data.version, userId: parsed.data.userId });
      }
    };
    const handleAgendaChanged = (payload: { boardId: string }) => {
      if (payload.boardId === boardId) handlersRef.current.onAgendaChanged();
    };
    const handleDecisionChanged = (payload: { boardId: string; caseId: string }) => {
      if (payload.boardId === boardId) handlersRef.current.onDecisionChanged(payload.caseId);
    };
    const handleAccessRevoked = (payload: { boardId: string }) => {
      if (payload.boardId !== boardId) return;
      isInRoom = false;
      dispatchLink({ type: 'removed' });
      handlersRef.current.onAccessRevoked();
    };

    live.on('connect', handleConnect);
    live.on('disconnect', handleDisconnect);
    live.on('session:state', handleState);
    live.on('presence:joined', handleJoined);
    live.on('presence:changed', handleChanged);
    live.on('presence:left', handleLeft);
    live.on('agenda:changed', handleAgendaChanged);
    live.on('decision:changed', handleDecisionChanged);
    live.on('board:accessRevoked', handleAccessRevoked);
    if (live.connected) handleConnect();

    return () => {
      isActive = false;
      live.off('connect', handleConnect);
      live.off('disconnect', handleDisconnect);
      live.off('session:state', handleState);
      live.off('presence:joined', handleJoined);
      live.off('presence:changed', handleChanged);
      live.off('presence:left', handleLeft);
      live.off('agenda:changed', handleAgendaChanged);
      live.off('decision:changed', handleDecisionChanged);
      live.off('board:accessRevoked', handleAccessRevoked);
      // Leaving the page leaves the room at once (others see us gone, not "reconnecting").
      if (isInRoom && live.connected) live.emit('board:leave', { boardId }, () => undefined);
      dispatchLink({ type: 'removed' });
    };
  }, [socket, boardId, joinAttempt, showSnapshot, showPresence]);

  const commands = useLiveCommands({
    socket,
    canSend: canSendCommands(link),
    onState: showSnapshot,
  });

  const retryJoin = useCallback(() => {
    dispatchLink({ type: 'joinRetried' });
    setJoinAttempt((count) => count + 1);
  }, []);

  return { link, snapshot, presence, handChange: lastHandChange, commands, retryJoin };
}

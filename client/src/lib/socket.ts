import type {
  AccessChangedReason,
  ClientToServerEvents,
  ServerToClientEvents,
  SessionEndedReason,
} from '@konsil/shared';
import type { Socket } from 'socket.io-client';

const SESSION_REFUSALS = new Set(['unauthenticated', 'session_expired']);

export type KonsilSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface SocketHandlers {
  onSessionEnded: (reason: SessionEndedReason) => void;
  /** The user's own permissions changed: whatever depends on the role must be fetched again. */
  onAccessChanged: (reason: AccessChangedReason) => void;
  /** Connected again after a drop: anything pushed meanwhile was missed. */
  onReconnected: () => void;
}

/**
 * Opens the one realtime connection a signed-in tab keeps. socket.io-client is loaded on demand
 * so the sign-in page does not pay for it.
 */
export async function connectSocket(handlers: SocketHandlers): Promise<KonsilSocket> {
  const { io } = await import('socket.io-client');
  // WebSocket only: the server admits a handshake only with an allowed Origin header, and
  // browsers send Origin on websocket upgrades but not on same-origin polling GETs.
  const socket: KonsilSocket = io({
    path: '/socket.io/',
    withCredentials: true,
    transports: ['websocket'],
  });
  socket.on('auth:sessionEnded', ({ reason }) => handlers.onSessionEnded(reason));
  socket.on('auth:accessChanged', ({ reason }) => handlers.onAccessChanged(reason));
  socket.io.on('reconnect', () => handlers.onReconnected());
  // A handshake refused for the session (not a network blip) is final: socket.io will not retry,
  // and the session it names is gone.
  socket.on('connect_error', (error) => {
    if (!socket.active && SESSION_REFUSALS.has(error.message)) handlers.onSessionEnded('expired');
  });
  return socket;
}

type CommandName = keyof ClientToServerEvents;
export type CommandPayload<E extends CommandName> = Parameters<ClientToServerEvents[E]>[0];
/** An event of the map together with its payload, typed as a pair. */
export type CommandMessage = {
  [E in CommandName]: { event: E; payload: CommandPayload<E> };
}[CommandName];

/** How long a command waits for its acknowledgement before it counts as lost. */
export const COMMAND_TIMEOUT_MS = 8_000;

/** The part of a socket that sends an event and waits for its acknowledgement. */
interface AckEmitter {
  emitWithAck(event: string, payload: unknown): Promise<unknown>;
}

/**
 * Sends one command and resolves with the server's acknowledgement, unparsed (callers check it
 * with the shared schema), or rejects when no reply came in time. socket.io's typings lose the
 * reply type under `timeout()`, so the payload is typed here and the reply is left `unknown`.
 */
export function sendCommand<E extends CommandName>(
  socket: KonsilSocket,
  event: E,
  payload: CommandPayload<E>,
  timeoutMs: number = COMMAND_TIMEOUT_MS,
): Promise<unknown> {
  const emitter: AckEmitter = socket.timeout(timeoutMs);
  return emitter.emitWithAck(event, payload);
}

/** `sendCommand` for an event and payload that travel together (e.g. from a queue). */
export function sendMessage(
  socket: KonsilSocket,
  message: CommandMessage,
  timeoutMs: number = COMMAND_TIMEOUT_MS,
): Promise<unknown> {
  const emitter: AckEmitter = socket.timeout(timeoutMs);
  return emitter.emitWithAck(message.event, message.payload);
}

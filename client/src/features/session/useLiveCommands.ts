import { type SessionState, SessionStateSchema } from '@konsil/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type KonsilSocket, sendMessage } from '../../lib/socket';
import {
  type AttemptOutcome,
  type CommandQueue,
  commandsToSend,
  dismiss,
  EMPTY_QUEUE,
  expireDue,
  giveCommand,
  isSlotPending,
  type LiveCommand,
  markSent,
  nextDeadline,
  type PendingCommand,
  retry,
  settle,
} from './commandQueue';
import { readReply } from './liveReply';

export interface LiveCommands {
  /** Commands waiting, on their way, or failed (until dismissed), oldest first. */
  pending: readonly PendingCommand[];
  give: (command: LiveCommand) => void;
  retry: (id: number) => void;
  dismiss: (id: number) => void;
  /** A command for this slot (see `slotOf`) is waiting or on its way. */
  isPending: (slot: string) => boolean;
}

interface Options {
  socket: KonsilSocket | null;
  /** In the board's room on a live connection: only then do commands go out. */
  canSend: boolean;
  /** The snapshot an acknowledgement carries. */
  onState: (state: SessionState) => void;
}

const now = () => performance.now();

async function attempt(
  socket: KonsilSocket,
  command: LiveCommand,
  onState: (state: SessionState) => void,
): Promise<AttemptOutcome> {
  let ack: unknown;
  try {
    ack = await sendMessage(socket, command);
  } catch {
    // No reply in time, or the connection dropped first: nobody knows whether it arrived.
    return { kind: 'lost' };
  }
  const reply = await readReply(ack, SessionStateSchema);
  if (!reply.ok) return { kind: 'refused', errorId: reply.errorId };
  onState(reply.data);
  return { kind: 'done' };
}

/**
 * The live page's commands: each one the person gives is kept until the server acknowledged it.
 * Given while disconnected, it waits for the reconnect and the rejoin; lost on a connection that
 * died before anyone noticed, it is sent again then (live commands set a state, so a repeat is
 * harmless); refused, or not through within COMMAND_GIVE_UP_MS, it shows as failed with a retry.
 */
export function useLiveCommands({ socket, canSend, onState }: Options): LiveCommands {
  const [queue, setQueue] = useState<CommandQueue>(EMPTY_QUEUE);
  const queueRef = useRef(queue);
  const onStateRef = useRef(onState);
  onStateRef.current = onState;

  const update = useCallback((change: (current: CommandQueue) => CommandQueue) => {
    const next = change(queueRef.current);
    if (next === queueRef.current) return;
    queueRef.current = next;
    setQueue(next);
  }, []);

  // Sends what waits whenever the queue or the link changes. The socket's own `connected` is
  // checked too: socket.io buffers an event emitted while disconnected and sends it on reconnect
  // by itself, and this queue must stay the only one that sends again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: queue is the trigger; entries are read from the ref.
  useEffect(() => {
    if (!socket || !canSend || !socket.connected) return;
    // Read from the ref, not the render's copy: a second run of this effect must not send twice.
    for (const entry of commandsToSend(queueRef.current)) {
      update((current) => markSent(current, entry.id));
      void attempt(socket, entry.command, (state) => onStateRef.current(state)).then((outcome) =>
        update((current) => settle(current, entry.id, outcome)),
      );
    }
  }, [queue, socket, canSend, update]);

  // Gives up on commands that ran out of time; the next deadline is re-armed after each change.
  useEffect(() => {
    const deadline = nextDeadline(queue);
    if (deadline === null) return;
    const id = setTimeout(
      () => update((current) => expireDue(current, deadline, now())),
      Math.max(0, Math.ceil(deadline - now())),
    );
    return () => clearTimeout(id);
  }, [queue, update]);

  return {
    pending: queue.commands,
    give: useCallback(
      (command: LiveCommand) => update((current) => giveCommand(current, command, now())),
      [update],
    ),
    retry: useCallback((id: number) => update((current) => retry(current, id, now())), [update]),
    dismiss: useCallback((id: number) => update((current) => dismiss(current, id)), [update]),
    isPending: useCallback((slot: string) => isSlotPending(queue, slot), [queue]),
  };
}

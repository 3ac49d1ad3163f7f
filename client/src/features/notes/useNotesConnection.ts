import { useCallback, useEffect, useReducer, useRef } from 'react';
import { receiveNotesAccess } from './notesAccessMessage';
import {
  initialNotesConnection,
  type NotesConnection,
  type NotesPhase,
  notesConnectionReducer,
  notesPhase,
} from './notesConnection';
import type { NotesDocument } from './useNotesDocument';
import { watchUnsavedChanges } from './watchUnsavedChanges';

export interface NotesConnectionView {
  state: NotesConnection;
  phase: NotesPhase;
  /** Connects again after a refusal the server may not repeat (bad message, too large). */
  reconnect: () => void;
}

/**
 * Follows the provider, the server's word on access and the browser's network state, and
 * connects the provider once it listens (the access message opens every connection). When the
 * browser goes offline the socket is closed at once (instead of waiting ~30 s for y-websocket's
 * watchdog), so the indicator tells the truth; editing goes on locally and the next sync merges.
 */
export function useNotesConnection({ doc, provider }: NotesDocument): NotesConnectionView {
  const [state, dispatch] = useReducer(
    notesConnectionReducer,
    navigator.onLine,
    initialNotesConnection,
  );
  // Set when the server refused for good: coming back online must not knock again.
  const isRefusedRef = useRef(false);

  useEffect(() => {
    isRefusedRef.current = false;
    const handleStatus = ({ status }: { status: 'connecting' | 'connected' | 'disconnected' }) =>
      dispatch({ type: 'status', status });
    const handleSocketClosed = () => dispatch({ type: 'socketClosed' });
    const handleSync = (isSynced: boolean) => dispatch({ type: 'synced', isSynced });
    const handleRefused = ({ code }: { code: number }) => {
      isRefusedRef.current = true;
      dispatch({ type: 'refused', code });
    };
    const handleUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== provider) dispatch({ type: 'localChange' });
    };
    const handleOffline = () => {
      dispatch({ type: 'network', isOnline: false });
      provider.disconnect();
    };
    const handleOnline = () => {
      dispatch({ type: 'network', isOnline: true });
      if (!isRefusedRef.current) provider.connect();
    };

    const unsaved = watchUnsavedChanges(provider, (hasUnsaved) =>
      dispatch({ type: 'unsavedChecked', hasUnsaved }),
    );
    const stopReceivingAccess = receiveNotesAccess(provider, (access) => {
      dispatch({ type: 'access', access });
      unsaved.setAccess(access.mode);
    });
    provider.on('status', handleStatus);
    provider.on('connection-close', handleSocketClosed);
    provider.on('sync', handleSync);
    provider.on('closed', handleRefused);
    doc.on('update', handleUpdate);
    window.addEventListener('offline', handleOffline);
    window.addEventListener('online', handleOnline);
    if (navigator.onLine) provider.connect();

    return () => {
      stopReceivingAccess();
      unsaved.destroy();
      provider.off('status', handleStatus);
      provider.off('connection-close', handleSocketClosed);
      provider.off('sync', handleSync);
      provider.off('closed', handleRefused);
      doc.off('update', handleUpdate);
      window.removeEventListener('offline', handleOffline);
      window.removeEventListener('online', handleOnline);
    };
  }, [doc, provider]);

  const reconnect = useCallback(() => {
    isRefusedRef.current = false;
    dispatch({ type: 'retry' });
    if (navigator.onLine) provider.connect();
  }, [provider]);

  return { state, phase: notesPhase(state), reconnect };
}

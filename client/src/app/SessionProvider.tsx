import type { LoginInput, SessionEndedReason, SessionUser } from '@konsil/shared';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { fetchCurrentUser, login, logout } from '../features/auth/authApi';
import { type ApiClient, ApiError, createApiClient } from '../lib/api';
import { connectSocket, type KonsilSocket } from '../lib/socket';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; notice: SessionEndedReason | null }
  | { status: 'signedIn'; user: SessionUser };

interface SessionContextValue {
  session: SessionState;
  api: ApiClient;
  signIn: (input: LoginInput) => Promise<SessionUser>;
  signOut: () => Promise<void>;
  /** Replaces the signed-in user after the server returned a fresh copy (e.g. password change). */
  updateUser: (user: SessionUser) => void;
  /** The tab's one realtime connection while signed in; null until it is set up. */
  socket: KonsilSocket | null;
}

const SessionContext = createContext<SessionContextValue | null>(null);

interface SessionProviderProps {
  children: ReactNode;
  /** Runs before a signed-in user is shown (e.g. to load their language); failures are ignored. */
  onUserArrived?: (user: SessionUser) => Promise<void>;
}

export function SessionProvider({ children, onUserArrived }: SessionProviderProps) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const [socket, setSocket] = useState<KonsilSocket | null>(null);
  const onUserArrivedRef = useRef(onUserArrived);
  onUserArrivedRef.current = onUserArrived;
  const sessionRef = useRef(session);
  sessionRef.current = session;

  const endSession = useCallback((notice: SessionEndedReason | null) => {
    setSession({ status: 'signedOut', notice });
  }, []);

  // One client for the app's lifetime; it reports session-level refusals from any request here.
  const [api] = useState(() =>
    createApiClient({
      onSessionError: (error) => {
        const current = sessionRef.current;
        if (error.id === 'password_change_required') {
          if (current.status === 'signedIn') {
            setSession({ status: 'signedIn', user: { ...current.user, mustChangePassword: true } });
          }
          return;
        }
        if (current.status === 'signedIn') endSession('expired');
      },
    }),
  );

  // Fetches who the user is now (role, institution) and shows it, so every control that depends
  // on the role changes at once. Only the newest answer counts when several are on their way.
  const refreshSerial = useRef(0);
  const refreshUser = useCallback(() => {
    const serial = ++refreshSerial.current;
    fetchCurrentUser(api).then(
      (user) => {
        const current = sessionRef.current;
        if (serial !== refreshSerial.current || current.status !== 'signedIn') return;
        if (current.user.id === user.id) setSession({ status: 'signedIn', user });
      },
      (error: unknown) => {
        // No session any more; a network failure changes nothing (the next reconnect asks again).
        const isSignedOut = error instanceof ApiError && error.id === 'unauthenticated';
        if (isSignedOut && serial === refreshSerial.current) endSession('expired');
      },
    );
  }, [api, endSession]);

  const arrive = useCallback(async (user: SessionUser) => {
    await onUserArrivedRef.current?.(user).catch(() => undefined);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetchCurrentUser(api, controller.signal).then(
      async (user) => {
        await arrive(user);
        if (!controller.signal.aborted) setSession({ status: 'signedIn', user });
      },
      () => {
        // Any failure here means "not signed in"; the login page reports network trouble itself.
        if (!controller.signal.aborted) endSession(null);
      },
    );
    return () => controller.abort();
  }, [api, arrive, endSession]);

  const userId = session.status === 'signedIn' ? session.user.id : null;
  const isRealtimeAllowed = session.status === 'signedIn' && !session.user.mustChangePassword;

  // The realtime connection is how a tab learns that its session ended elsewhere (logout in
  // another tab, deactivation by an admin, a password changed elsewhere, expiry) and that the
  // user's role changed. A reconnect may have missed such a push, so who the user is is asked again.
  useEffect(() => {
    if (!userId || !isRealtimeAllowed) return;
    let opened: KonsilSocket | null = null;
    let isCancelled = false;
    connectSocket({
      onSessionEnded: (reason) => endSession(reason),
      onAccessChanged: () => refreshUser(),
      onReconnected: () => refreshUser(),
    }).then(
      (connected) => {
        if (isCancelled) {
          connected.disconnect();
          return;
        }
        opened = connected;
        setSocket(connected);
      },
      () => {
        // Without realtime the app still works; the next API call reports an ended session.
      },
    );
    return () => {
      isCancelled = true;
      opened?.disconnect();
      setSocket(null);
    };
  }, [userId, isRealtimeAllowed, endSession, refreshUser]);

  const signIn = useCallback(
    async (input: LoginInput) => {
      const user = await login(api, input);
      await arrive(user);
      setSession({ status: 'signedIn', user });
      return user;
    },
    [api, arrive],
  );

  const signOut = useCallback(async () => {
    let providerLogout: string | null = null;
    try {
      providerLogout = await logout(api);
    } catch {
      // Leaving the signed-in view matters more than the reply; the session cookie expires anyway.
    }
    // Signed in through the hospital: its provider ends its own session too, then sends the
    // browser back to /login.
    if (providerLogout) {
      window.location.assign(providerLogout);
      return;
    }
    endSession('logout');
  }, [api, endSession]);

  const updateUser = useCallback((user: SessionUser) => {
    setSession({ status: 'signedIn', user });
  }, []);

  const value = useMemo(
    () => ({ session, api, signIn, signOut, updateUser, socket }),
    [session, api, signIn, signOut, updateUser, socket],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user; only for components rendered behind the auth guard. */
export function useCurrentUser(): SessionUser {
  const { session } = useSession();
  if (session.status !== 'signedIn') throw new Error('useCurrentUser needs a signed-in session');
  return session.user;
}

export function useApi(): ApiClient {
  return useSession().api;
}

/** The realtime connection (shared by every live page of the tab), or null while it opens. */
export function useSocket(): KonsilSocket | null {
  return useSession().socket;
}

import type { UserRecord } from '../storage/repositories/users';

export interface AuthContext {
  user: UserRecord;
  sessionId: string;
}

declare global {
  namespace Express {
    interface Request {
      /** Set by `authenticate` when the session cookie is valid. */
      auth?: AuthContext;
      /** Why there is no auth, when a cookie was sent but is no longer valid. */
      authFailure?: 'unauthenticated' | 'session_expired';
    }
  }
}

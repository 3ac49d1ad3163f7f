import type { Role } from '@konsil/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { CenteredShell } from '../components/CenteredShell';
import { LoadingState } from '../components/LoadingState';
import { redirectTarget } from '../features/auth/redirect';
import { ForbiddenPage } from './ForbiddenPage';
import { useSession } from './SessionProvider';

export function SessionCheck() {
  const { t } = useTranslation();
  return (
    <CenteredShell>
      <LoadingState label={t('app.checkingSession')} />
    </CenteredShell>
  );
}

/**
 * Signed-out visitors go to /login, remembering where they were headed. A user holding a
 * one-time password can only reach /password until they choose their own.
 */
export function RequireAuth({ allowPasswordChange = false }: { allowPasswordChange?: boolean }) {
  const { session } = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <SessionCheck />;
  if (session.status === 'signedOut') {
    return <Navigate to="/login" replace state={{ from: location }} />;
  }
  if (session.user.mustChangePassword && !allowPasswordChange) {
    return <Navigate to="/password" replace state={{ from: location }} />;
  }
  return <Outlet />;
}

/** /login for signed-out visitors only; a signed-in user continues where they were going. */
export function RequireSignedOut({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <SessionCheck />;
  if (session.status === 'signedIn') {
    const target = redirectTarget(location.state);
    return session.user.mustChangePassword ? (
      <Navigate to="/password" replace state={location.state} />
    ) : (
      <Navigate to={target} replace />
    );
  }
  return <>{children}</>;
}

/** Its routes for one role, or for any of several (e.g. analytics: coordinators and admins). */
export function RequireRole({ requiredRole }: { requiredRole: Role | readonly Role[] }) {
  const { session } = useSession();
  const roles: readonly Role[] = typeof requiredRole === 'string' ? [requiredRole] : requiredRole;
  if (session.status !== 'signedIn' || !roles.includes(session.user.role)) return <ForbiddenPage />;
  return <Outlet />;
}

import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth, RequireRole, RequireSignedOut, SessionCheck } from './guards';
import { NotFoundPage } from './NotFoundPage';

// Everything behind sign-in loads on demand so the sign-in page stays small.
const AppLayout = lazy(() =>
  import('./AppLayout').then((module) => ({ default: module.AppLayout })),
);
const ChangePasswordPage = lazy(() =>
  import('../features/auth/ChangePasswordPage').then((module) => ({
    default: module.ChangePasswordPage,
  })),
);
const MyBoardsPage = lazy(() =>
  import('../features/boards/MyBoardsPage').then((module) => ({ default: module.MyBoardsPage })),
);
const UsersPage = lazy(() =>
  import('../features/admin/UsersPage').then((module) => ({ default: module.UsersPage })),
);
const AuditPage = lazy(() =>
  import('../features/audit/AuditPage').then((module) => ({ default: module.AuditPage })),
);

export function AppRoutes() {
  return (
    <Suspense fallback={<SessionCheck />}>
      <Routes>
        <Route
          path="/login"
          element={
            <RequireSignedOut>
              <LoginPage />
            </RequireSignedOut>
          }
        />
        <Route element={<RequireAuth allowPasswordChange />}>
          <Route path="/password" element={<ChangePasswordPage />} />
        </Route>
        <Route element={<RequireAuth />}>
          <Route element={<AppLayout />}>
            <Route index element={<MyBoardsPage />} />
            <Route element={<RequireRole requiredRole="admin" />}>
              <Route path="admin/users" element={<UsersPage />} />
              <Route path="admin/audit" element={<AuditPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}

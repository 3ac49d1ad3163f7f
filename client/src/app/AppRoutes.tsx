import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { LoginPage } from '../features/auth/LoginPage';
import { MyBoardsPage } from '../features/boards/MyBoardsPage';
import { AppLayout } from './AppLayout';
import { RequireAuth, RequireRole, RequireSignedOut } from './guards';
import { NotFoundPage } from './NotFoundPage';

// Admin pages load on demand so the sign-in page stays small.
const UsersPage = lazy(() =>
  import('../features/admin/UsersPage').then((module) => ({ default: module.UsersPage })),
);
const AuditPage = lazy(() =>
  import('../features/audit/AuditPage').then((module) => ({ default: module.AuditPage })),
);

export function AppRoutes() {
  return (
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
  );
}

import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ANALYTICS_ROLES } from '../features/analytics/analyticsAccess';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth, RequireRole, RequireSignedOut, SessionCheck } from './guards';
import { NotFoundPage } from './NotFoundPage';
import { RequireTexts } from './RequireTexts';

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
const BoardFormPage = lazy(() =>
  import('../features/boards/BoardFormPage').then((module) => ({ default: module.BoardFormPage })),
);
const BoardPage = lazy(() =>
  import('../features/boards/BoardPage').then((module) => ({ default: module.BoardPage })),
);
const LiveBoardPage = lazy(() =>
  import('../features/session/LiveBoardPage').then((module) => ({
    default: module.LiveBoardPage,
  })),
);
const CaseFormPage = lazy(() =>
  import('../features/cases/CaseFormPage').then((module) => ({ default: module.CaseFormPage })),
);
const CaseCardPage = lazy(() =>
  import('../features/cases/CaseCardPage').then((module) => ({ default: module.CaseCardPage })),
);
const MinutesPage = lazy(() =>
  import('../features/minutes/MinutesPage').then((module) => ({ default: module.MinutesPage })),
);
const SearchPage = lazy(() =>
  import('../features/search/SearchPage').then((module) => ({ default: module.SearchPage })),
);
const UsersPage = lazy(() =>
  import('../features/admin/UsersPage').then((module) => ({ default: module.UsersPage })),
);
// Public: whoever holds a certificate checks it here without an account.
const CertificateCheckPage = lazy(() =>
  import('../features/certificates/CertificateCheckPage').then((module) => ({
    default: module.CertificateCheckPage,
  })),
);
const AuditPage = lazy(() =>
  import('../features/audit/AuditPage').then((module) => ({ default: module.AuditPage })),
);
// Its own chunk with the charting library: only coordinators and admins ever load it.
const AnalyticsPage = lazy(() =>
  import('../features/analytics/AnalyticsPage').then((module) => ({
    default: module.AnalyticsPage,
  })),
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
        <Route element={<RequireTexts namespace="minutes" />}>
          <Route path="/certificates" element={<CertificateCheckPage />} />
          <Route path="/certificates/:code" element={<CertificateCheckPage />} />
        </Route>
        <Route element={<RequireAuth allowPasswordChange />}>
          <Route path="/password" element={<ChangePasswordPage />} />
        </Route>
        <Route element={<RequireAuth />}>
          <Route element={<AppLayout />}>
            <Route element={<RequireTexts namespace="clinical" />}>
              {/* The archive and the minutes label entities and case states with clinical texts. */}
              <Route element={<RequireTexts namespace="minutes" />}>
                <Route index element={<MyBoardsPage />} />
                <Route path="boards/:boardId/minutes" element={<MinutesPage />} />
              </Route>
              <Route path="boards/new" element={<BoardFormPage />} />
              <Route path="boards/:boardId" element={<BoardPage />} />
              <Route path="boards/:boardId/edit" element={<BoardFormPage />} />
              <Route path="boards/:boardId/live" element={<LiveBoardPage />} />
              <Route path="boards/:boardId/cases/new" element={<CaseFormPage />} />
              <Route path="boards/:boardId/cases/:caseId" element={<CaseCardPage />} />
              <Route path="boards/:boardId/cases/:caseId/edit" element={<CaseFormPage />} />
            </Route>
            <Route element={<RequireTexts namespace="minutes" />}>
              <Route path="search" element={<SearchPage />} />
            </Route>
            <Route element={<RequireRole requiredRole={ANALYTICS_ROLES} />}>
              {/* Intents, modalities and entities are labelled with the clinical texts. */}
              <Route element={<RequireTexts namespace="clinical" />}>
                <Route element={<RequireTexts namespace="analytics" />}>
                  <Route path="analytics" element={<AnalyticsPage />} />
                </Route>
              </Route>
            </Route>
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

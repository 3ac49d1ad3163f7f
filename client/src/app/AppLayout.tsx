import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { LoadingState } from '../components/LoadingState';
import { canSeeAnalytics } from '../features/analytics/analyticsAccess';
import { useCurrentUser, useSession } from './SessionProvider';

function navClass({ isActive }: { isActive: boolean }): string {
  return isActive ? 'nav__link nav__link--active' : 'nav__link';
}

export function AppLayout() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const user = useCurrentUser();
  const isAdmin = user.role === 'admin';

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">{t('app.name')}</span>
          </div>
          <div className="app-header__user">
            <div className="user-badge">
              <span className="visually-hidden">{t('header.signedInAs')} </span>
              <span className="user-badge__name" data-testid="current-user-name">
                {user.name}
              </span>
              <span className="user-badge__meta">
                <span data-testid="current-user-role" data-role={user.role}>
                  {t(`roles.${user.role}`)}
                </span>
                <span aria-hidden="true"> · </span>
                <span data-testid="current-user-institution" data-code={user.institution.code}>
                  {user.institution.name}
                </span>
              </span>
            </div>
            <LanguageSwitcher />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void signOut()}
            >
              {t('header.logout')}
            </button>
          </div>
        </div>
        <nav className="nav" aria-label={t('nav.label')}>
          <div className="nav__inner">
            <NavLink to="/" end className={navClass}>
              {t('nav.boards')}
            </NavLink>
            <NavLink to="/search" className={navClass}>
              {t('nav.search')}
            </NavLink>
            {canSeeAnalytics(user.role) && (
              <NavLink to="/analytics" className={navClass}>
                {t('nav.analytics')}
              </NavLink>
            )}
            {isAdmin && (
              <NavLink to="/admin/users" className={navClass}>
                {t('nav.users')}
              </NavLink>
            )}
            {isAdmin && (
              <NavLink to="/admin/audit" className={navClass}>
                {t('nav.audit')}
              </NavLink>
            )}
          </div>
        </nav>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

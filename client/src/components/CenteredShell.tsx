import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';

/** Frame for pages seen before the app itself: sign-in, password change, session check. */
export function CenteredShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="centered-shell">
      <header className="centered-shell__top">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{t('app.name')}</span>
        </div>
        <LanguageSwitcher />
      </header>
      <main id="main" className="centered-shell__main">
        {children}
      </main>
      <footer className="centered-shell__footer">{t('app.tagline')}</footer>
    </div>
  );
}

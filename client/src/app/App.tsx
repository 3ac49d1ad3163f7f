import type { SessionUser } from '@konsil/shared';
import type { i18n } from 'i18next';
import { StrictMode, useCallback } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { adoptInstitutionLanguage } from '../lib/i18n';
import { AppRoutes } from './AppRoutes';
import { LanguageSync } from './LanguageSync';
import { SessionProvider } from './SessionProvider';

export function App({ i18n }: { i18n: i18n }) {
  const handleUserArrived = useCallback(
    (user: SessionUser) => adoptInstitutionLanguage(i18n, user.institution.locale),
    [i18n],
  );
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <BrowserRouter>
          <SessionProvider onUserArrived={handleUserArrived}>
            <LanguageSync />
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </I18nextProvider>
    </StrictMode>
  );
}

import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { LanguageSync } from './LanguageSync';
import { SessionProvider } from './SessionProvider';

export function App({ i18n }: { i18n: i18n }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <BrowserRouter>
          <SessionProvider>
            <LanguageSync />
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </I18nextProvider>
    </StrictMode>
  );
}

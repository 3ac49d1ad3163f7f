import type { Locale } from '@konsil/shared';
import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import en from './en.json';
import ko from './ko.json';

export const resources = {
  en: { translation: en },
  de: { translation: de },
  ko: { translation: ko },
} as const;

/** One i18next instance per app; all three languages ship in the bundle (they are small). */
export function createI18n(language: Locale): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'de', 'ko'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

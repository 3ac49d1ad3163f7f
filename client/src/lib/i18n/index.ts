import type { Locale } from '@konsil/shared';
import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { pickLanguage, readStoredLanguage } from './language';

// English ships in the bundle as the fallback; German and Korean load when chosen.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: object }>> = {
  de: () => import('./de.json'),
  ko: () => import('./ko.json'),
};

async function loadLanguage(instance: i18n, locale: Locale): Promise<void> {
  if (locale === 'en' || instance.hasResourceBundle(locale, 'translation')) return;
  const { default: translation } = await loaders[locale]();
  instance.addResourceBundle(locale, 'translation', translation);
}

/** Loads a language's texts if needed, then switches the UI (and <html lang>, via listeners). */
export async function switchLanguage(instance: i18n, locale: Locale): Promise<void> {
  await loadLanguage(instance, locale);
  await instance.changeLanguage(locale);
}

/**
 * Once the user is known: their institution's language, unless the viewer chose one on this
 * device. Awaited before the signed-in UI renders, so it never flashes in another language.
 */
export async function adoptInstitutionLanguage(
  instance: i18n,
  institutionLocale: Locale,
): Promise<void> {
  const language = pickLanguage({
    stored: readStoredLanguage(),
    institutionLocale,
    browserLanguages: navigator.languages,
  });
  if (language !== instance.language) await switchLanguage(instance, language);
}

/** One i18next instance per app, ready in `language` before the first render. */
export async function createI18n(language: Locale): Promise<i18n> {
  const instance = createInstance();
  await instance.use(initReactI18next).init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: ['en', 'de', 'ko'],
    interpolation: { escapeValue: false },
  });
  await switchLanguage(instance, language);
  return instance;
}

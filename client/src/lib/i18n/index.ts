import type { Locale } from '@konsil/shared';
import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { isLocale, pickLanguage, readStoredLanguage } from './language';

type Loader = () => Promise<{ default: object }>;

// English ships in the bundle as the fallback; German and Korean load when chosen.
const loaders: Record<Exclude<Locale, 'en'>, Loader> = {
  de: () => import('./de.json'),
  ko: () => import('./ko.json'),
};

/**
 * Texts of the screens behind sign-in that the sign-in page never needs (boards, agenda, cases;
 * minutes, archive and search; analytics): namespaces of their own, loaded in every language on first use,
 * keep them out of its budget.
 */
export type LazyNamespace = 'clinical' | 'minutes' | 'analytics';

const namespaceLoaders: Record<LazyNamespace, Record<Locale, Loader>> = {
  clinical: {
    en: () => import('./clinical/en.json'),
    de: () => import('./clinical/de.json'),
    ko: () => import('./clinical/ko.json'),
  },
  minutes: {
    en: () => import('./minutes/en.json'),
    de: () => import('./minutes/de.json'),
    ko: () => import('./minutes/ko.json'),
  },
  analytics: {
    en: () => import('./analytics/en.json'),
    de: () => import('./analytics/de.json'),
    ko: () => import('./analytics/ko.json'),
  },
};

// Namespaces some screen has asked for, per i18next instance: a language switch loads them too.
const wantedNamespaces = new WeakMap<i18n, Set<LazyNamespace>>();

async function loadNamespace(instance: i18n, namespace: LazyNamespace, locale: Locale) {
  if (instance.hasResourceBundle(locale, namespace)) return;
  const { default: texts } = await namespaceLoaders[namespace][locale]();
  instance.addResourceBundle(locale, namespace, texts);
}

/** Whether a lazily loaded namespace can be rendered now in the current language. */
export function hasTexts(instance: i18n, namespace: LazyNamespace): boolean {
  const language = instance.resolvedLanguage ?? instance.language;
  return (
    instance.hasResourceBundle('en', namespace) && instance.hasResourceBundle(language, namespace)
  );
}

/** Loads a namespace in the current language and the English fallback, and keeps it loaded. */
export async function loadTexts(instance: i18n, namespace: LazyNamespace): Promise<void> {
  const wanted = wantedNamespaces.get(instance) ?? new Set();
  wanted.add(namespace);
  wantedNamespaces.set(instance, wanted);
  const language = instance.resolvedLanguage ?? instance.language;
  const locales = new Set<Locale>(['en', isLocale(language) ? language : 'en']);
  await Promise.all([...locales].map((locale) => loadNamespace(instance, namespace, locale)));
}

async function loadLanguage(instance: i18n, locale: Locale): Promise<void> {
  const wanted = [...(wantedNamespaces.get(instance) ?? [])];
  await Promise.all(wanted.map((namespace) => loadNamespace(instance, namespace, locale)));
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

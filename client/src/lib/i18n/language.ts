import type { Locale } from '@konsil/shared';

export const LANGUAGE_STORAGE_KEY = 'konsil.language';

/**
 * Each language named in itself, so anyone can find their own. Typed against the contract's
 * Locale, so a new locale in shared/ fails the type-check here until it is translated.
 */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  ko: '한국어',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LANGUAGE_NAMES, value);
}

export const SUPPORTED_LOCALES: Locale[] = Object.keys(LANGUAGE_NAMES).filter(isLocale);

/** "de-AT" → "de"; null when the language is not one Konsil speaks. */
export function matchLocale(tag: string): Locale | null {
  const base = tag.toLowerCase().split('-')[0];
  return isLocale(base) ? base : null;
}

/**
 * Order of preference: the viewer's own stored choice, then their institution's language,
 * then the browser's languages, then English.
 */
export function pickLanguage(input: {
  stored: string | null;
  institutionLocale?: string | null;
  browserLanguages?: readonly string[];
}): Locale {
  if (isLocale(input.stored)) return input.stored;
  if (isLocale(input.institutionLocale)) return input.institutionLocale;
  for (const tag of input.browserLanguages ?? []) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return 'en';
}

export function readStoredLanguage(): Locale | null {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies); fall back to other signals.
    return null;
  }
}

export function storeLanguage(locale: Locale): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, locale);
  } catch {
    // Not persisting is acceptable: the choice still applies to this page.
  }
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLanguage, readStoredLanguage } from '../lib/i18n/language';
import { useSession } from './SessionProvider';

/**
 * Keeps <html lang> in step with the UI language, and — unless the viewer chose a language on
 * this device — follows the signed-in user's institution language.
 */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const { session } = useSession();
  const institutionLocale = session.status === 'signedIn' ? session.user.institution.locale : null;

  useEffect(() => {
    const apply = (language: string) => {
      document.documentElement.lang = language;
    };
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);

  useEffect(() => {
    if (!institutionLocale) return;
    const language = pickLanguage({
      stored: readStoredLanguage(),
      institutionLocale,
      browserLanguages: navigator.languages,
    });
    if (language !== i18n.language) void i18n.changeLanguage(language);
  }, [institutionLocale, i18n]);

  return null;
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Keeps <html lang> in step with the UI language (screen readers, hyphenation, CJK line breaks). */
export function LanguageSync() {
  const { i18n } = useTranslation();

  useEffect(() => {
    const apply = (language: string) => {
      document.documentElement.lang = language;
    };
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);

  return null;
}

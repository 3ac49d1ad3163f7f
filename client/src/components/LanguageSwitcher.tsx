import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../lib/i18n';
import { isLocale, LANGUAGE_NAMES, SUPPORTED_LOCALES, storeLanguage } from '../lib/i18n/language';

/** Changing the language is remembered on this device and wins over the institution's default. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();

  function handleChange(value: string) {
    if (!isLocale(value)) return;
    storeLanguage(value);
    void switchLanguage(i18n, value);
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id} className="language-switcher__label">
        {t('language.label')}
      </label>
      <select
        id={id}
        className="language-switcher__control"
        data-testid="language-switcher"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => handleChange(event.target.value)}
      >
        {SUPPORTED_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}

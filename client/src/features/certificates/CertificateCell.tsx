import type { BoardSummary, Locale, MyCertificate } from '@konsil/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, LANGUAGE_NAMES, SUPPORTED_LOCALES } from '../../lib/i18n/language';
import { certificateUrl } from './certificatesApi';
import '../../styles/certificates.css';

/**
 * A past board's certificate of attendance on My boards: its language (the page's by default)
 * and a plain download link, with the minutes attended and, once issued, the code a chamber
 * checks. A dash where the viewer did not attend.
 */
export function CertificateCell({
  board,
  certificate,
}: {
  board: BoardSummary;
  certificate: MyCertificate | undefined;
}) {
  const { t, i18n } = useTranslation('minutes');
  const pageLanguage = i18n.resolvedLanguage ?? i18n.language;
  const [lang, setLang] = useState<Locale>(isLocale(pageLanguage) ? pageLanguage : 'en');
  if (!certificate) {
    return (
      <td data-testid="archive-certificate">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('certificates.none')}</span>
      </td>
    );
  }
  const selectId = `certificate-lang-${board.id}`;
  return (
    <td data-testid="archive-certificate">
      <div className="certificate-cell">
        <label className="visually-hidden" htmlFor={selectId}>
          {t('certificates.language')}
        </label>
        <select
          id={selectId}
          className="field__control certificate-cell__language"
          value={lang}
          onChange={(event) => {
            const value = event.target.value;
            if (isLocale(value)) setLang(value);
          }}
        >
          {SUPPORTED_LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </select>
        <a href={certificateUrl(board.id, lang)} download data-testid="certificate-download">
          {t('certificates.download')}
          <span className="visually-hidden">
            {' '}
            {t('certificates.downloadOf', { title: board.title })}
          </span>
        </a>
      </div>
      <span className="cell-meta">
        {t('certificates.attended', { minutes: certificate.minutesAttended })}
        {certificate.code && (
          <>
            {' · '}
            <span data-testid="certificate-code">
              {t('certificates.code', { code: certificate.code })}
            </span>
          </>
        )}
      </span>
    </td>
  );
}

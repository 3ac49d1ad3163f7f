import type { CaseStatus, Locale } from '@konsil/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { isLocale, LANGUAGE_NAMES, SUPPORTED_LOCALES } from '../../lib/i18n/language';
import { useApiQuery } from '../../lib/useApiQuery';
import { fetchLetterAvailability, letterPdfUrl } from './letterApi';
import '../../styles/letter.css';

interface LetterLinkProps {
  boardId: string;
  caseId: string;
  /** The case's status as the page shows it: only a decided case can have a letter. */
  status: CaseStatus;
}

/**
 * "Letter (PDF)" with a choice of language, once the board's minutes are signed and the
 * case is decided in them; nothing otherwise (the server decides, the status only spares
 * the question for cases that cannot have one).
 */
export function LetterLink({ boardId, caseId, status }: LetterLinkProps) {
  if (status !== 'decided') return null;
  return <AvailableLetterLink boardId={boardId} caseId={caseId} />;
}

function AvailableLetterLink({ boardId, caseId }: { boardId: string; caseId: string }) {
  const { t, i18n } = useTranslation('clinical');
  const api = useApi();
  const selectId = useId();
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const [language, setLanguage] = useState<Locale>(isLocale(uiLanguage) ? uiLanguage : 'en');
  const { state } = useApiQuery(`letter:${boardId}:${caseId}`, (signal) =>
    fetchLetterAvailability(api, boardId, caseId, signal),
  );
  if (state.status !== 'success' || !state.data.letter.isAvailable) return null;
  const { minutesVersion } = state.data.letter;

  return (
    <section className="letter-link" data-testid="letter-link" aria-label={t('letter.title')}>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('letter.language')}
        </label>
        <select
          id={selectId}
          className="field__control"
          value={language}
          data-testid="letter-language"
          onChange={(event) => {
            if (isLocale(event.target.value)) setLanguage(event.target.value);
          }}
        >
          {SUPPORTED_LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </select>
      </div>
      <a
        className="button button--secondary"
        href={letterPdfUrl(boardId, caseId, language)}
        download
        data-testid="letter-download"
      >
        {t('letter.download')}
      </a>
      <p className="field__hint">{t('letter.fromVersion', { version: minutesVersion })}</p>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { isLocale } from '../../lib/i18n/language';
import { boardFhirUrl, fhirFileName } from '../cases/fhirExport/fhirExportUrls';
import { minutesPdfUrl } from './minutesApi';

interface MinutesActionsProps {
  boardId: string;
  /** The latest signed version, which the PDF always is; null for a draft. */
  latestVersion: number | null;
  /** Set when the version on screen has one before it to compare with. */
  canCompare: boolean;
  isComparing: boolean;
  canAmend: boolean;
  onToggleCompare: () => void;
  onAmend: () => void;
}

/** Download, compare and amend, next to the title. */
export function MinutesActions(props: MinutesActionsProps) {
  const { t, i18n } = useTranslation('minutes');
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="page__actions">
      {props.latestVersion !== null && (
        <a
          className="button button--secondary"
          href={minutesPdfUrl(props.boardId, isLocale(language) ? language : 'en')}
          download
          data-testid="minutes-pdf"
        >
          {t('pdf.download', { version: props.latestVersion })}
        </a>
      )}
      {props.latestVersion !== null && (
        <a
          className="button button--secondary"
          href={boardFhirUrl(props.boardId)}
          download={fhirFileName(`minutes-${props.boardId.slice(0, 8)}`)}
          data-testid="minutes-fhir"
        >
          {t('fhir.download')}
        </a>
      )}
      {props.canCompare && (
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={props.isComparing}
          data-testid="minutes-compare"
          onClick={props.onToggleCompare}
        >
          {props.isComparing ? t('diff.hide') : t('diff.compare')}
        </button>
      )}
      {props.canAmend && (
        <button
          type="button"
          className="button"
          data-testid="minutes-amend"
          onClick={props.onAmend}
        >
          {t('amend.button')}
        </button>
      )}
    </div>
  );
}

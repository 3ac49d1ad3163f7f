import type { CaseDetail } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { caseFhirUrl, fhirFileName } from './fhirExportUrls';
import './fhirExport.css';

/**
 * Downloads of the case as FHIR R4 for the hospital's own systems: pseudonymised for everyone
 * who may read the case, and with the record number for the home team (the server decides; the
 * link shows only where the case came with its record number, which is the same rule).
 */
export function FhirExportLinks({ item }: { item: CaseDetail }) {
  const { t } = useTranslation('clinical');
  const hasRecordNumber = typeof item.homeReference === 'string' && item.homeReference !== '';
  return (
    <section className="fhir-export" aria-label={t('fhirExport.title')} data-testid="fhir-export">
      <a
        className="button button--secondary button--small"
        href={caseFhirUrl(item.boardId, item.id)}
        download={fhirFileName(item.pseudonym)}
        data-testid="fhir-export-pseudonymous"
      >
        {t('fhirExport.pseudonymous')}
      </a>
      {hasRecordNumber && (
        <a
          className="button button--secondary button--small"
          href={caseFhirUrl(item.boardId, item.id, true)}
          download={fhirFileName(item.pseudonym, true)}
          data-testid="fhir-export-identified"
        >
          {t('fhirExport.identified')}
        </a>
      )}
      <p className="field__hint">
        {hasRecordNumber ? t('fhirExport.hintWithRecordNumber') : t('fhirExport.hint')}
      </p>
    </section>
  );
}

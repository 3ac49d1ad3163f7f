import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { errorText } from '../../../lib/errors';
import type { FileRefusal } from './bundleFile';
import { FhirPathItems } from './FhirPathList';

/** Why nothing can be imported: the file itself, or the server's refusal. */
export type ImportRefusal = FileRefusal | 'unreadable' | ApiError;

const FILE_TEXTS = {
  tooLarge: 'fhirImport.fileTooLarge',
  empty: 'fhirImport.fileEmpty',
  unreadable: 'fhirImport.fileUnreadable',
} as const;

/**
 * Refusals of the body as a whole are about the file, so they say what to do with it; their only
 * "path" is `Bundle`, which the text already covers.
 */
const FILE_ERROR_TEXTS: Partial<Record<string, 'fhirImport.notJson' | 'fhirImport.fileTooLarge'>> =
  {
    invalid_json: 'fhirImport.notJson',
    payload_too_large: 'fhirImport.fileTooLarge',
  };

function refusalText(refusal: ImportRefusal, t: TFunction<'clinical'>, tApp: TFunction): string {
  if (!(refusal instanceof ApiError)) return t(FILE_TEXTS[refusal]);
  const fileText = FILE_ERROR_TEXTS[refusal.id];
  return fileText ? t(fileText) : errorText(tApp, refusal.id);
}

/** The refusal as an alert; a refused bundle lists each problem with its FHIR path. */
export function FhirImportRefusal({ refusal }: { refusal: ImportRefusal }) {
  const { t } = useTranslation('clinical');
  const { t: tApp } = useTranslation();
  const isApiError = refusal instanceof ApiError;
  const problems =
    isApiError && !FILE_ERROR_TEXTS[refusal.id]
      ? refusal.fields.map(({ path, message, code, params }) => ({
          path,
          reason: message,
          code,
          params,
        }))
      : [];
  return (
    <div className="alert alert--error" role="alert" data-testid="fhir-import-refusal">
      <p>{refusalText(refusal, t, tApp)}</p>
      {problems.length > 0 && (
        <>
          <p className="alert__title">{t('fhirImport.problemsTitle')}</p>
          <FhirPathItems notes={problems} />
        </>
      )}
      {isApiError && refusal.ref && (
        <p className="alert__meta">{tApp('common.errorRef', { ref: refusal.ref })}</p>
      )}
    </div>
  );
}

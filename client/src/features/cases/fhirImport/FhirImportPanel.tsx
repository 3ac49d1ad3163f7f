import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../../app/SessionProvider';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { type ApiError, toApiError } from '../../../lib/api';
import { refusalOf } from './bundleFile';
import { FhirImportPreview } from './FhirImportPreview';
import { FhirImportRefusal, type ImportRefusal } from './FhirImportRefusal';
import {
  importFhirBundle,
  type FhirImportPreview as Preview,
  previewFhirImport,
} from './fhirImportApi';
import './fhirImport.css';

type Step =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'refused'; refusal: ImportRefusal }
  /** The text previewed is the text imported, whatever happens to the file meanwhile. */
  | {
      kind: 'preview';
      bundleText: string;
      preview: Preview;
      isImporting: boolean;
      error: ApiError | null;
    };

interface FhirImportPanelProps {
  boardId: string;
  onClose: () => void;
}

/**
 * "Import from FHIR" on a board page: choose a bundle file, read the server's dry run (what
 * would be stored, what is dropped, what is not mapped), then import it as a draft case and
 * open that case, as after saving a new case.
 */
export function FhirImportPanel({ boardId, onClose }: FhirImportPanelProps) {
  const { t } = useTranslation('clinical');
  const api = useApi();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const titleRef = useRef<HTMLHeadingElement>(null);
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);
  const checkRef = useRef<AbortController | null>(null);
  const fileId = useId();
  const hintId = useId();

  useEffect(() => {
    titleRef.current?.focus();
    return () => checkRef.current?.abort();
  }, []);

  const hasPreview = step.kind === 'preview';
  useEffect(() => {
    if (hasPreview) previewHeadingRef.current?.focus();
  }, [hasPreview]);

  async function handleFileChange(event: ChangeEvent<HTMLInputElement>) {
    checkRef.current?.abort();
    const file = event.target.files?.[0];
    if (!file) {
      setStep({ kind: 'choose' });
      return;
    }
    const refusal = refusalOf(file);
    if (refusal) {
      setStep({ kind: 'refused', refusal });
      return;
    }
    const controller = new AbortController();
    checkRef.current = controller;
    setStep({ kind: 'checking' });
    let bundleText: string;
    try {
      bundleText = await file.text();
    } catch {
      if (!controller.signal.aborted) setStep({ kind: 'refused', refusal: 'unreadable' });
      return;
    }
    try {
      const preview = await previewFhirImport(api, boardId, bundleText, controller.signal);
      if (controller.signal.aborted) return;
      setStep({ kind: 'preview', bundleText, preview, isImporting: false, error: null });
    } catch (caught) {
      if (controller.signal.aborted) return;
      setStep({ kind: 'refused', refusal: toApiError(caught) });
    }
  }

  async function handleImport() {
    if (step.kind !== 'preview' || step.isImporting) return;
    setStep({ ...step, isImporting: true, error: null });
    try {
      const created = await importFhirBundle(api, boardId, step.bundleText);
      navigate(`/boards/${boardId}/cases/${created.id}`, { state: { notice: 'imported' } });
    } catch (caught) {
      const error = toApiError(caught);
      // A bundle refused now (e.g. a date the clock has overtaken) reads like any refusal.
      if (error.fields.length > 0) setStep({ kind: 'refused', refusal: error });
      else setStep({ ...step, isImporting: false, error });
    }
  }

  const isImporting = step.kind === 'preview' && step.isImporting;

  return (
    <section
      className="card fhir-import"
      aria-labelledby="fhir-import-title"
      data-testid="fhir-import"
    >
      <div className="fhir-import__header">
        <h2 id="fhir-import-title" ref={titleRef} tabIndex={-1}>
          {t('fhirImport.title')}
        </h2>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {t('fhirImport.close')}
        </button>
      </div>
      <p className="muted">{t('fhirImport.intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          {t('fhirImport.fileLabel')}
        </label>
        <input
          id={fileId}
          className="field__control fhir-import__file"
          type="file"
          accept=".json,application/fhir+json"
          aria-describedby={hintId}
          disabled={isImporting}
          onChange={(event) => void handleFileChange(event)}
        />
        <p className="field__hint" id={hintId}>
          {t('fhirImport.fileHint')}
        </p>
      </div>
      <div className="live-region">
        {step.kind === 'checking' && <p role="status">{t('fhirImport.checking')}</p>}
      </div>
      {step.kind === 'refused' && <FhirImportRefusal refusal={step.refusal} />}
      {step.kind === 'preview' && (
        <>
          <FhirImportPreview preview={step.preview} headingRef={previewHeadingRef} />
          {step.error && <ErrorAlert error={step.error} />}
          <div className="form__actions">
            <button
              type="button"
              className="button"
              disabled={step.isImporting}
              onClick={() => void handleImport()}
            >
              {step.isImporting ? t('fhirImport.importing') : t('fhirImport.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={step.isImporting}
              onClick={onClose}
            >
              {t('fhirImport.cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

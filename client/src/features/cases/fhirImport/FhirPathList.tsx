import type { FhirPathNote } from '@konsil/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type FhirReasonNote, fhirReasonText } from './fhirReasonText';

interface FhirPathListProps {
  title: string;
  intro: string;
  emptyText: string;
  notes: readonly FhirPathNote[];
  testId: string;
}

/** A headed list of bundle elements by FHIR path, each with the importer's reason. */
export function FhirPathList({ title, intro, emptyText, notes, testId }: FhirPathListProps) {
  const headingId = useId();
  return (
    <section className="fhir-notes" aria-labelledby={headingId} data-testid={testId}>
      <h4 id={headingId} className="subheading">
        {title} <span className="fhir-notes__count">{notes.length}</span>
      </h4>
      <p className="muted">{intro}</p>
      {notes.length > 0 ? <FhirPathItems notes={notes} /> : <p className="muted">{emptyText}</p>}
    </section>
  );
}

/**
 * One line per element: the path as code, the reason beside it in the reader's language (the
 * server's English only for a reason this client has no text for, marked as English).
 */
export function FhirPathItems({ notes }: { notes: readonly FhirReasonNote[] }) {
  const { t, i18n } = useTranslation('clinical');
  return (
    <ul className="fhir-paths">
      {notes.map((note) => {
        const { text, lang } = fhirReasonText(note, t, i18n.language);
        return (
          <li key={`${note.path}\u0000${note.reason}`}>
            <code className="fhir-paths__path">{note.path}</code>{' '}
            <span className="fhir-paths__reason" lang={lang}>
              {text}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

import type { FhirPathNote } from '@konsil/shared';
import { useId } from 'react';

interface FhirPathListProps {
  title: string;
  intro: string;
  emptyText: string;
  notes: readonly FhirPathNote[];
  testId: string;
}

/**
 * A headed list of bundle elements by FHIR path, each with the importer's reason. The reasons
 * come from the server in English, hence their `lang`.
 */
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

/** One line per element: the path as code, the reason beside it. */
export function FhirPathItems({ notes }: { notes: readonly { path: string; reason: string }[] }) {
  return (
    <ul className="fhir-paths">
      {notes.map((note) => (
        <li key={`${note.path}\u0000${note.reason}`}>
          <code className="fhir-paths__path">{note.path}</code>{' '}
          <span className="fhir-paths__reason" lang="en">
            {note.reason}
          </span>
        </li>
      ))}
    </ul>
  );
}

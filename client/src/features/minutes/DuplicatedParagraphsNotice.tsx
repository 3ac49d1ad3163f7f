import type { MinutesWarning } from '@konsil/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '../../styles/duplicates.css';

interface DuplicatedParagraphsNoticeProps {
  boardId: string;
  /** The draft's warnings (absent for signed minutes). */
  warnings: readonly MinutesWarning[] | undefined;
}

/**
 * Before signing: text that is in a case's notes twice, as two people pressing Enter in the
 * same paragraph without seeing each other's edit leave it. Only the notes can be corrected, so
 * each place links to them; the draft is regenerated from the corrected notes.
 */
export function DuplicatedParagraphsNotice({ boardId, warnings }: DuplicatedParagraphsNoticeProps) {
  const { t } = useTranslation('minutes');
  const titleId = useId();
  const duplicates = (warnings ?? []).filter((warning) => warning.kind === 'duplicated_paragraph');
  if (duplicates.length === 0) return null;

  return (
    <section
      className="alert alert--warning duplicates-notice"
      aria-labelledby={titleId}
      data-testid="minutes-duplicates"
    >
      <h2 id={titleId} className="alert__title duplicates-notice__title">
        {t('duplicates.title')}
      </h2>
      <p>{t('duplicates.body')}</p>
      <ul className="duplicates-notice__list">
        {duplicates.map((warning) => (
          <li key={`${warning.caseId}:${warning.text}`} data-testid="minutes-duplicate">
            <p>{t('duplicates.inCase', { pseudonym: warning.pseudonym })}</p>
            <blockquote className="minutes-text duplicates-notice__text">{warning.text}</blockquote>
            <Link
              to={`/boards/${encodeURIComponent(boardId)}/cases/${encodeURIComponent(warning.caseId)}`}
            >
              {t('duplicates.openNotes', { pseudonym: warning.pseudonym })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { MinutesResponse, MinutesVersion } from '@konsil/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttendanceSection } from './AttendanceSection';
import { MinutesCaseView } from './MinutesCaseView';
import { MinutesTimes } from './MinutesTimes';
import { SignMinutes, type SignRefusal } from './SignMinutes';
import { SummaryEditor } from './SummaryEditor';

interface MinutesDocumentProps {
  boardId: string;
  minutes: MinutesVersion;
  /** A coordinator's draft: the summary is editable and the draft can be signed. */
  canSign: boolean;
  onSummarySaved: (response: MinutesResponse) => void;
  onSigned: (response: MinutesResponse) => void;
  onSignRefused: (refusal: SignRefusal) => void;
}

/** The minutes as they read: when, summary, attendance, every case; for a draft, signing last. */
export function MinutesDocument(props: MinutesDocumentProps) {
  const { t } = useTranslation('minutes');
  const { minutes, canSign } = props;
  const { content } = minutes;
  const [isSummaryDirty, setIsSummaryDirty] = useState(false);
  const isSigning = canSign && minutes.state === 'draft';

  return (
    <>
      <section className="minutes-section" aria-labelledby="minutes-times-title">
        <h2 id="minutes-times-title">{t('times.title')}</h2>
        <MinutesTimes board={content.board} />
      </section>
      <section
        className="card minutes-section"
        aria-labelledby="minutes-summary-title"
        data-testid="minutes-summary"
      >
        <h2 id="minutes-summary-title">{t('summary.title')}</h2>
        {isSigning ? (
          <SummaryEditor
            // A saved or reloaded draft starts the editor from the server's words.
            key={minutes.draftHash}
            boardId={props.boardId}
            summary={content.summary}
            onSaved={props.onSummarySaved}
            onDirtyChange={setIsSummaryDirty}
          />
        ) : content.summary ? (
          <p className="minutes-text">{content.summary}</p>
        ) : (
          <p className="muted">{t('summary.empty')}</p>
        )}
      </section>
      <AttendanceSection content={content} />
      <section className="minutes-section stack" aria-labelledby="minutes-cases-title">
        <h2 id="minutes-cases-title">{t('cases.title')}</h2>
        {content.cases.length === 0 && <p className="muted">{t('cases.none')}</p>}
        {content.cases.map((item) => (
          <MinutesCaseView key={item.caseId} item={item} board={content.board} />
        ))}
      </section>
      {isSigning && (
        <section className="card minutes-section" aria-labelledby="minutes-sign-title">
          <h2 id="minutes-sign-title">{t('sign.title')}</h2>
          <p>{t('sign.intro')}</p>
          <SignMinutes
            boardId={props.boardId}
            draftHash={minutes.draftHash}
            isBlocked={isSummaryDirty}
            onSigned={props.onSigned}
            onRefused={(refusal) => {
              setIsSummaryDirty(false);
              props.onSignRefused(refusal);
            }}
          />
        </section>
      )}
    </>
  );
}

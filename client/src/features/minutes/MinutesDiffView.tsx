import type { MinutesChange } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../lib/useApiQuery';
import { fetchMinutesDiff } from './minutesApi';

type Part = MinutesChange['parts'][number];

/**
 * One piece of changed text. Struck through or underlined, not only coloured, and announced:
 * screen readers do not read <del>/<ins> out, so each carries hidden words around it.
 */
function DiffPart({ part }: { part: Part }) {
  const { t } = useTranslation('minutes');
  if (part.kind === 'same') return <span>{part.text}</span>;
  const Tag = part.kind === 'removed' ? 'del' : 'ins';
  return (
    <Tag className={`diff-part diff-part--${part.kind}`}>
      <span className="visually-hidden">{t(`diff.${part.kind}Start`)}</span>
      {part.text}
      <span className="visually-hidden">{t(`diff.${part.kind}End`)}</span>
    </Tag>
  );
}

/** What version `to` changed against `from`, passage by passage. */
export function MinutesDiffView({
  boardId,
  from,
  to,
}: {
  boardId: string;
  from: number;
  to: number;
}) {
  const { t } = useTranslation('minutes');
  const api = useApi();
  const { state, reload } = useApiQuery(`minutes-diff:${boardId}:${from}:${to}`, (signal) =>
    fetchMinutesDiff(api, boardId, { from, to }, signal),
  );

  return (
    <section
      className="card minutes-diff"
      data-testid="minutes-diff"
      aria-labelledby="minutes-diff-title"
    >
      <h2 id="minutes-diff-title">{t('diff.title', { from, to })}</h2>
      <p className="minutes-diff__legend">
        {t('diff.legendIntro')}{' '}
        <del className="diff-part diff-part--removed">{t('diff.legendRemoved')}</del>{' '}
        <ins className="diff-part diff-part--added">{t('diff.legendAdded')}</ins>
      </p>
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'error' && (
        <ErrorAlert error={state.error} title={t('diff.loadError')} onRetry={reload} />
      )}
      {state.status === 'success' && state.data.changes.length === 0 && (
        <p className="muted">{t('diff.none')}</p>
      )}
      {state.status === 'success' && state.data.changes.length > 0 && (
        <ol className="plain-list minutes-diff__changes">
          {state.data.changes.map((change) => (
            <li key={`${change.field}:${change.caseId ?? ''}`} className="minutes-diff__change">
              <h3 className="subheading">
                {change.field === 'summary'
                  ? t('diff.summary')
                  : t(`diff.${change.field}`, { pseudonym: change.pseudonym ?? '' })}
              </h3>
              <p className="minutes-text minutes-diff__text">
                {change.parts.map((part, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one change never reorder.
                  <DiffPart key={index} part={part} />
                ))}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import type { SignRefusal } from './SignMinutes';

export type MinutesNoticeState =
  | { kind: 'signed' | 'amended'; version: number }
  | { kind: 'summarySaved' }
  | { kind: SignRefusal };

/** What just happened to the minutes: calm for success, a warning when the page reloaded. */
export function MinutesNotice({ notice }: { notice: MinutesNoticeState | null }) {
  const { t } = useTranslation('minutes');
  return (
    <div className="live-region">
      {notice?.kind === 'signed' && (
        <Notice>{t('sign.signed', { version: notice.version })}</Notice>
      )}
      {notice?.kind === 'amended' && (
        <Notice>{t('amend.amended', { version: notice.version })}</Notice>
      )}
      {notice?.kind === 'summarySaved' && <Notice>{t('summary.saved')}</Notice>}
      {(notice?.kind === 'draftChanged' || notice?.kind === 'alreadySigned') && (
        <div className="alert alert--warning" role="alert">
          <p>{t(`sign.${notice.kind}`)}</p>
        </div>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError } from '../../lib/api';
import { canSendCommands, type LiveLink, linkNotice } from './liveConnection';
import { PendingCommands } from './PendingCommands';
import type { LiveCommands } from './useLiveCommands';

interface LiveNoticesProps {
  link: LiveLink;
  commands: LiveCommands;
  nameOf: (userId: string) => string;
  caseNameOf: (caseId: string) => string;
  onRetryJoin: () => void;
}

/**
 * What the page has to say about itself, above everything else: a lost connection (until it is
 * back), a failed join, and the person's own actions that are held, on their way or not done.
 */
export function LiveNotices({ link, commands, nameOf, caseNameOf, onRetryJoin }: LiveNoticesProps) {
  const { t } = useTranslation('clinical');
  const notice = linkNotice(link);

  return (
    <div className="live-page__notices">
      <div className="live-region">
        {notice?.kind === 'reconnecting' && (
          <div className="alert alert--warning" role="status" data-testid="reconnecting">
            <p>{t('live.connection.banner')}</p>
          </div>
        )}
        {notice?.kind === 'joinFailed' && notice.errorId !== 'not_found' && (
          <ErrorAlert
            error={new ApiError({ id: notice.errorId, status: 0 })}
            title={t('live.loadError')}
            onRetry={onRetryJoin}
          />
        )}
      </div>
      <PendingCommands
        pending={commands.pending}
        canSend={canSendCommands(link)}
        nameOf={nameOf}
        caseNameOf={caseNameOf}
        onRetry={commands.retry}
        onDismiss={commands.dismiss}
      />
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors';
import { type CommandStatus, commandLabel, commandStatus, needsNotice } from './commandLabels';
import { COMMAND_GIVE_UP_MS, type PendingCommand } from './commandQueue';

interface PendingCommandsProps {
  pending: readonly PendingCommand[];
  /** Commands go out now (in the room on a live connection); otherwise they are held. */
  canSend: boolean;
  nameOf: (userId: string) => string;
  caseNameOf: (caseId: string) => string;
  onRetry: (id: number) => void;
  onDismiss: (id: number) => void;
}

function StatusLine({ status }: { status: CommandStatus }) {
  const { t } = useTranslation('clinical');
  const { t: tc } = useTranslation();
  switch (status.kind) {
    case 'sending':
      return null;
    case 'held':
      return <span className="pending-command__why">{t('live.commands.held')}</span>;
    case 'failed':
      return (
        <span className="pending-command__why">
          {status.reason === 'not_delivered'
            ? t('live.commands.notDelivered', { seconds: COMMAND_GIVE_UP_MS / 1000 })
            : t('live.commands.outcomeUnknown')}
        </span>
      );
    case 'refused':
      return <span className="pending-command__why">{errorText(tc, status.errorId)}</span>;
  }
}

/**
 * What became of the person's own actions: held until the connection is back, or not done (with
 * why, and a retry). Nothing the person did disappears without a word.
 */
export function PendingCommands(props: PendingCommandsProps) {
  const { t } = useTranslation('clinical');
  const names = { person: props.nameOf, caseName: props.caseNameOf };

  return (
    <section aria-label={t('live.commands.title')} data-testid="pending-commands">
      {/* Polite, so a held raise does not interrupt; failures below are alerts of their own. */}
      <ul className="pending-commands" aria-live="polite">
        {props.pending.map((entry) => {
          const { action, values } = commandLabel(entry.command, names);
          const status = commandStatus(entry, props.canSend);
          if (!needsNotice(status)) return null;
          const isFailed = status.kind === 'failed' || status.kind === 'refused';
          return (
            <li
              key={entry.id}
              className={`alert pending-command ${isFailed ? 'alert--error' : 'alert--info'}`}
              role={isFailed ? 'alert' : undefined}
              data-testid="pending-command"
              data-status={status.kind}
            >
              <p>
                {isFailed ? (
                  <strong>
                    {t('live.commands.failed', {
                      action: t(`live.commands.action.${action}`, values),
                    })}
                  </strong>
                ) : (
                  <strong>{t(`live.commands.pending.${action}`, values)}</strong>
                )}{' '}
                <StatusLine status={status} />
              </p>
              <span className="pending-command__actions">
                {isFailed && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => props.onRetry(entry.id)}
                  >
                    {t('live.commands.retry')}
                  </button>
                )}
                {entry.phase !== 'sent' && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => props.onDismiss(entry.id)}
                  >
                    {isFailed ? t('live.commands.dismiss') : t('live.commands.cancel')}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

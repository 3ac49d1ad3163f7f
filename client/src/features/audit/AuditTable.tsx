import type { AuditEvent } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { formatAuditTime } from '../../lib/time';
import { AUDIT_ACTION_LABEL_KEYS } from './auditFilters';

export function AuditTable({ events, timeZone }: { events: AuditEvent[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table--dense" data-testid="audit-table">
        <caption className="visually-hidden">{t('audit.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              {t('audit.columns.time')} <span className="cell-meta">{timeZone}</span>
            </th>
            <th scope="col">{t('audit.columns.actor')}</th>
            <th scope="col">{t('audit.columns.actorInstitution')}</th>
            <th scope="col">{t('audit.columns.action')}</th>
            <th scope="col">{t('audit.columns.object')}</th>
            <th scope="col">{t('audit.columns.objectInstitution')}</th>
            <th scope="col">{t('audit.columns.outcome')}</th>
            <th scope="col">{t('audit.columns.clientAddress')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-action={event.action} data-seq={event.seq}>
              <td className="nowrap">
                <time dateTime={event.occurredAt}>
                  {formatAuditTime(event.occurredAt, timeZone)}
                </time>
              </td>
              <td>
                {event.actor ? (
                  <>
                    <span className="cell-title">{event.actor.name}</span>
                    <span className="cell-meta">{event.actor.email}</span>
                  </>
                ) : (
                  <span className="muted">{t('audit.noActor')}</span>
                )}
              </td>
              <td>{event.actorInstitution?.code ?? '—'}</td>
              <td>{t(`audit.actions.${AUDIT_ACTION_LABEL_KEYS[event.action]}`)}</td>
              <td>
                <span className="cell-title">
                  {t(`audit.objectTypes.${event.objectType}`, { defaultValue: event.objectType })}
                </span>
                {event.objectLabel ? (
                  <span className="cell-meta" title={event.objectId ?? undefined}>
                    {event.objectLabel}
                  </span>
                ) : (
                  event.objectId && <code className="cell-id">{event.objectId}</code>
                )}
              </td>
              <td>{event.objectInstitution?.code ?? '—'}</td>
              <td>
                <span
                  className={
                    event.outcome === 'allowed' ? 'status status--ok' : 'status status--refused'
                  }
                >
                  {t(`audit.outcome.${event.outcome}`)}
                </span>
              </td>
              <td>
                <code className="cell-id">{event.clientAddress ?? '—'}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { AuditEvent } from '@konsil/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAuditTime } from '../../lib/time';
import {
  AUDIT_ACTION_LABEL_KEYS,
  objectTypeLabelKey,
  policyActionLabelKey,
  withheldLabelKey,
} from './auditFilters';

function ObjectCell({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const id = event.objectId ?? undefined;
  return (
    <>
      <span className="cell-title">
        {t(`audit.objectTypes.${objectTypeLabelKey(event.objectType)}`)}
      </span>
      {event.objectLabel ? (
        <span className="cell-meta" title={id}>
          {event.objectLabel}
        </span>
      ) : event.isObjectWithheld ? (
        <span className="cell-meta muted" title={id}>
          {t(`audit.withheld.${withheldLabelKey(event.objectType)}`)}
        </span>
      ) : (
        id && <code className="cell-id">{id}</code>
      )}
    </>
  );
}

function ActionCell({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const attemptedKey = event.attempted ? policyActionLabelKey(event.attempted) : null;
  return (
    <>
      <span className="cell-title">
        {t(`audit.actions.${AUDIT_ACTION_LABEL_KEYS[event.action]}`)}
      </span>
      {event.attempted && (
        <span className="cell-meta">
          {t('audit.attempted', {
            action: attemptedKey ? t(`audit.policyActions.${attemptedKey}`) : event.attempted,
          })}
        </span>
      )}
    </>
  );
}

/**
 * The events, in a region that scrolls sideways on narrow screens: it takes keyboard focus
 * (tabIndex 0) so keyboard users can scroll it too, and is named by the table's caption (a
 * named section is a region landmark).
 */
export function AuditTable({ events, timeZone }: { events: AuditEvent[]; timeZone: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-wrap" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--dense" data-testid="audit-table">
        <caption id={captionId} className="visually-hidden">
          {t('audit.tableCaption')}
        </caption>
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
              <td>
                <ActionCell event={event} />
              </td>
              <td>
                <ObjectCell event={event} />
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
    </section>
  );
}

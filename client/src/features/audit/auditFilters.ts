import {
  ACTIONS,
  AUDIT_ACTIONS,
  AUDIT_OBJECT_TYPES,
  type AuditAction,
  type AuditObjectType,
} from '@konsil/shared';
import type en from '../../lib/i18n/en.json';
import { isLocale } from '../../lib/i18n/language';
import { dayBoundaryInstant } from '../../lib/time';

/** What the filter form holds; dates are calendar days (YYYY-MM-DD) in the viewer's zone. */
export interface AuditFilterValues {
  /** Part of the acting person's name or email. */
  actor: string;
  objectType: AuditObjectType | '';
  /** The object's id, or part of its name (board title, case pseudonym, person). */
  object: string;
  action: AuditAction | '';
  fromDay: string;
  toDay: string;
}

export const EMPTY_FILTERS: AuditFilterValues = {
  actor: '',
  objectType: '',
  object: '',
  action: '',
  fromDay: '',
  toDay: '',
};

const FILTER_KEYS = ['actor', 'objectType', 'object', 'action', 'fromDay', 'toDay'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isAuditAction(value: string): value is AuditAction {
  return AUDIT_ACTIONS.some((action) => action === value);
}

function isAuditObjectType(value: string): value is AuditObjectType {
  return AUDIT_OBJECT_TYPES.some((type) => type === value);
}

/**
 * Filters kept in the page address, so a filtered view can be reloaded or shared. Values the
 * server would refuse (an unknown action or type, a malformed day) are dropped here.
 */
export function filtersFromSearch(search: URLSearchParams): AuditFilterValues {
  const action = search.get('action') ?? '';
  const objectType = search.get('objectType') ?? '';
  const day = (key: string) => {
    const value = search.get(key) ?? '';
    return DAY.test(value) ? value : '';
  };
  return {
    actor: search.get('actor') ?? '',
    objectType: isAuditObjectType(objectType) ? objectType : '',
    object: search.get('object') ?? '',
    action: isAuditAction(action) ? action : '',
    fromDay: day('fromDay'),
    toDay: day('toDay'),
  };
}

export function filtersToSearch(filters: AuditFilterValues): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) search.set(key, value);
  }
  return search;
}

export function isRangeValid(filters: AuditFilterValues): boolean {
  return !filters.fromDay || !filters.toDay || filters.fromDay <= filters.toDay;
}

/**
 * The API query for a set of filters: days become instants at the start of `fromDay` and the
 * end of `toDay` in the viewer's zone, so "3 Dec" means the viewer's 3 Dec, not UTC's.
 */
export function auditQuery(
  filters: AuditFilterValues,
  timeZone: string,
  before: number | null = null,
): URLSearchParams {
  const query = new URLSearchParams();
  const text = { actor: filters.actor, objectType: filters.objectType, object: filters.object };
  for (const [key, value] of Object.entries(text)) {
    if (value.trim()) query.set(key, value.trim());
  }
  if (filters.action) query.set('action', filters.action);
  const from = filters.fromDay ? dayBoundaryInstant(filters.fromDay, timeZone) : null;
  const to = filters.toDay ? dayBoundaryInstant(filters.toDay, timeZone, true) : null;
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  if (before !== null) query.set('before', String(before));
  return query;
}

/** The CSV download of the same filters, with the viewer's zone and language for its columns. */
export function auditExportHref(
  filters: AuditFilterValues,
  timeZone: string,
  language: string,
): string {
  const query = auditQuery(filters, timeZone);
  query.set('zone', timeZone);
  if (isLocale(language)) query.set('lang', language);
  return `/api/audit/export.csv?${query.toString()}`;
}

type ObjectTypeLabelKey = keyof typeof en.audit.objectTypes;
type WithheldLabelKey = keyof typeof en.audit.withheld;
type PolicyActionLabelKey = keyof typeof en.audit.policyActions;

/** The label key of an object type; one the page does not know reads "Other object". */
export function objectTypeLabelKey(type: string): ObjectTypeLabelKey {
  return isAuditObjectType(type) ? type : 'other';
}

/** "Case of another institution" and the like, for an object the reader may not see. */
export function withheldLabelKey(type: string): WithheldLabelKey {
  return type === 'board' || type === 'case' || type === 'user' ? type : 'other';
}

/**
 * The label key of a refused policy action (`case:read` → `case_read`), or null for a step the
 * contract does not list. auditFilters.test.ts holds every listed action labelled.
 */
export function policyActionLabelKey(attempted: string): PolicyActionLabelKey | null {
  const action = ACTIONS.find((known) => known === attempted);
  return action ? (action.replace(':', '_') as PolicyActionLabelKey) : null;
}

type ActionLabelKey = keyof typeof en.audit.actions;

/** i18n keys cannot contain dots (they nest), so each action has an explicit label key. */
export const AUDIT_ACTION_LABEL_KEYS: Record<AuditAction, ActionLabelKey> = {
  'auth.login': 'auth_login',
  'auth.login_failed': 'auth_login_failed',
  'auth.login_rate_limited': 'auth_login_rate_limited',
  'auth.logout': 'auth_logout',
  'auth.password_changed': 'auth_password_changed',
  'auth.oidc.login': 'auth_oidc_login',
  'auth.oidc.provisioned': 'auth_oidc_provisioned',
  'auth.oidc.linked': 'auth_oidc_linked',
  'auth.oidc.role_changed': 'auth_oidc_role_changed',
  'auth.oidc.refused': 'auth_oidc_refused',
  'auth.oidc.backchannel_logout': 'auth_oidc_backchannel_logout',
  'access.refused': 'access_refused',
  'user.created': 'user_created',
  'user.updated': 'user_updated',
  'user.deactivated': 'user_deactivated',
  'user.password_reset': 'user_password_reset',
  'audit.viewed': 'audit_viewed',
  'audit.verified': 'audit_verified',
  'board.created': 'board_created',
  'board.updated': 'board_updated',
  'board.viewed': 'board_viewed',
  'board.calendar_exported': 'board_calendar_exported',
  'board.started': 'board_started',
  'board.ended': 'board_ended',
  'agenda.updated': 'agenda_updated',
  'case.created': 'case_created',
  'case.viewed': 'case_viewed',
  'case.updated': 'case_updated',
  'case.status_changed': 'case_status_changed',
  'notes.opened': 'notes_opened',
  'notes.edited': 'notes_edited',
  'notes.edit_refused': 'notes_edit_refused',
  'decision.viewed': 'decision_viewed',
  'recommendation.saved': 'recommendation_saved',
  'position.stated': 'position_stated',
  'case.closed': 'case_closed',
  'case.reopened': 'case_reopened',
  'case.carried_over': 'case_carried_over',
  'minutes.viewed': 'minutes_viewed',
  'minutes.summary_saved': 'minutes_summary_saved',
  'minutes.signed': 'minutes_signed',
  'minutes.amended': 'minutes_amended',
  'minutes.exported': 'minutes_exported',
  'case.letter_downloaded': 'case_letter_downloaded',
  'case.exported': 'case_exported',
  'search.performed': 'search_performed',
  'analytics.viewed': 'analytics_viewed',
  'analytics.exported': 'analytics_exported',
  'certificate.downloaded': 'certificate_downloaded',
  'certificate.verified': 'certificate_verified',
  'attendance.exported': 'attendance_exported',
  'audit.exported': 'audit_exported',
  'audit.checkpoint_signed': 'audit_checkpoint_signed',
  'audit.checkpoints_viewed': 'audit_checkpoints_viewed',
};

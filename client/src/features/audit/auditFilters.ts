import { AUDIT_ACTIONS, type AuditAction } from '@konsil/shared';
import type en from '../../lib/i18n/en.json';
import { dayBoundaryInstant } from '../../lib/time';

/** What the filter form holds; dates are calendar days (YYYY-MM-DD) in the viewer's zone. */
export interface AuditFilterValues {
  actor: string;
  objectType: string;
  objectId: string;
  action: AuditAction | '';
  fromDay: string;
  toDay: string;
}

export const EMPTY_FILTERS: AuditFilterValues = {
  actor: '',
  objectType: '',
  objectId: '',
  action: '',
  fromDay: '',
  toDay: '',
};

const FILTER_KEYS = ['actor', 'objectType', 'objectId', 'action', 'fromDay', 'toDay'] as const;

function isAuditAction(value: string): value is AuditAction {
  return AUDIT_ACTIONS.some((action) => action === value);
}

/** Filters kept in the page address, so a filtered view can be reloaded or shared. */
export function filtersFromSearch(search: URLSearchParams): AuditFilterValues {
  const action = search.get('action') ?? '';
  return {
    actor: search.get('actor') ?? '',
    objectType: search.get('objectType') ?? '',
    objectId: search.get('objectId') ?? '',
    action: isAuditAction(action) ? action : '',
    fromDay: search.get('fromDay') ?? '',
    toDay: search.get('toDay') ?? '',
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
  const text = { actor: filters.actor, objectType: filters.objectType, objectId: filters.objectId };
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

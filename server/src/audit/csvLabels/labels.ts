import type { AuditOutcome, Locale } from '@konsil/shared';
import { DE } from './de';
import { EN } from './en';
import { KO } from './ko';

/**
 * The audit CSV's words: the audit page's own texts (client/src/lib/i18n, `audit.*`), so page
 * and file speak one vocabulary. Keys with dots in the page's JSON (actions) use underscores.
 */
export interface AuditCsvLabels {
  noActor: string;
  columns: Record<
    | 'time'
    | 'actor'
    | 'actorInstitution'
    | 'action'
    | 'object'
    | 'objectInstitution'
    | 'outcome'
    | 'clientAddress',
    string
  >;
  csv: Record<
    | 'seq'
    | 'utc'
    | 'local'
    | 'email'
    | 'objectType'
    | 'objectId'
    | 'attempted'
    | 'hash'
    | 'truncated',
    string
  >;
  actions: Record<string, string>;
  objectTypes: Record<string, string>;
  withheld: Record<'board' | 'case' | 'user' | 'other', string>;
  outcome: Record<AuditOutcome, string>;
  policyActions: Record<string, string>;
}

export const AUDIT_CSV_LABELS: Record<Locale, AuditCsvLabels> = { en: EN, de: DE, ko: KO };

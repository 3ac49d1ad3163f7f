import type { Generated } from 'kysely';

/**
 * Row types as stored. Portable across SQLite and PostgreSQL: ids are UUID
 * text, instants are ISO 8601 UTC text (sortable as strings), booleans are
 * 0/1 integers.
 */
export interface InstitutionTable {
  id: string;
  code: string;
  name: string;
  city: string;
  time_zone: string;
  locale: string;
  color: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  institution_id: string;
  email: string;
  name: string;
  role: string;
  specialty: string | null;
  is_active: number;
  created_at: string;
  updated_at: string;
}

/** Kept apart from users so single sign-on can add other kinds later. */
export interface CredentialTable {
  user_id: string;
  kind: string;
  password_hash: string;
  must_change: number;
  updated_at: string;
}

/** `id` is the SHA-256 of the cookie token, so a leaked table cannot be replayed. */
export interface SessionTable {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  client_address: string | null;
  user_agent: string | null;
  /** Set when the session began at a hospital's provider: back-channel and RP logout need them. */
  oidc_issuer: string | null;
  oidc_sid: string | null;
  oidc_id_token: string | null;
}

export interface LoginFailureTable {
  id: string;
  scope: string;
  subject: string;
  occurred_at: string;
}

export interface TrustedDeviceTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface AuditEventTable {
  id: string;
  seq: number;
  occurred_at: string;
  actor_user_id: string | null;
  actor_institution_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  object_institution_id: string | null;
  outcome: string;
  client_address: string | null;
  details: string | null;
  prev_hash: string;
  hash: string;
}

/** One row: the chain's tip. Updating it first serialises concurrent appends. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  last_hash: string;
}

/** A signed checkpoint of the audit chain's head (migration 0013). */
export interface AuditCheckpointTable {
  number: number;
  seq: number;
  row_hash: string;
  signed_at: string;
  signature: string;
  key_id: string;
}

export interface BoardTable {
  id: string;
  title: string;
  tumor_entity: string | null;
  starts_at: string;
  time_zone: string;
  duration_minutes: number;
  host_institution_id: string;
  status: string;
  video_url: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  agenda_version: Generated<number>;
  started_at: string | null;
  ended_at: string | null;
  /** YYYY-MM-DD of `starts_at` in `time_zone`, kept with it (analytics group by it). */
  local_start_date: string | null;
}

export interface CaseTable {
  id: string;
  board_id: string;
  home_institution_id: string;
  pseudonym: string;
  position: number;
  allotted_minutes: number;
  status: string;
  version: number;
  presenter_id: string | null;
  created_by: string;
  consent: number;
  home_reference: string | null;
  content: string;
  created_at: string;
  updated_at: string;
  status_reason: string | null;
  /** When the case first left draft. */
  submitted_at: string | null;
}

export interface CaseRecommendationTable {
  case_id: string;
  /** RecommendationContent as JSON, validated by the shared schema. */
  content: string;
  version: number;
  updated_by: string | null;
  updated_at: string;
}

export interface CasePositionTable {
  case_id: string;
  user_id: string;
  position: string;
  note: string;
  stated_at: string;
  /** The recommendation version judged; null only for positions from before any recommendation. */
  recommendation_version: number | null;
}

/** Every saved recommendation version, never updated. */
export interface CaseRecommendationVersionTable {
  case_id: string;
  version: number;
  content: string;
  saved_by: string | null;
  saved_at: string;
}

/** Closings, reopenings, "not discussed" and carry-overs of a case, appended only. */
export interface CaseEventTable {
  id: string;
  case_id: string;
  seq: number;
  kind: string;
  board_id: string;
  to_board_id: string | null;
  outcome: string | null;
  reason: string | null;
  actor_id: string | null;
  at: string;
}

export interface MinutesDraftTable {
  board_id: string;
  summary: string;
  updated_by: string | null;
  updated_at: string;
}

/** Signed minutes: inserted once, never updated. */
export interface MinutesVersionTable {
  board_id: string;
  version: number;
  /** MinutesContent as JSON, exactly as hashed (canonical). */
  content: string;
  content_hash: string;
  signed_by: string;
  signer_name: string;
  signer_institution_code: string;
  signed_at: string;
  amendment_reason: string | null;
}

export interface SearchEntryTable {
  id: string;
  board_id: string;
  case_id: string | null;
  kind: string;
  text: string;
  updated_at: string;
}

export interface SearchTermTable {
  entry_id: string;
  term: string;
}

export interface BoardSessionTable {
  board_id: string;
  version: number;
  current_case_id: string | null;
  co_chair_ids: string;
  timer: string;
  hands: string;
  speaker_id: string | null;
  updated_at: string;
}

export interface AttendanceTable {
  id: string;
  board_id: string;
  user_id: string;
  institution_id: string;
  joined_at: string;
  left_at: string | null;
}

export interface BoardInstitutionTable {
  board_id: string;
  institution_id: string;
}

export interface BoardParticipantTable {
  board_id: string;
  user_id: string;
}

export interface NoteSnapshotTable {
  case_id: string;
  state: Uint8Array;
  updated_at: string;
}

export interface NoteUpdateTable {
  /** bigserial on PostgreSQL comes back as a string. */
  id: Generated<number | string>;
  case_id: string;
  payload: Uint8Array;
  user_id: string | null;
  created_at: string;
}

/** A sign-in through a hospital's provider between redirect and callback; consumed once. */
export interface OidcLoginAttemptTable {
  id: string;
  institution_code: string;
  state: string;
  nonce: string;
  code_verifier: string;
  redirect_uri: string;
  return_to: string;
  created_at: string;
  expires_at: string;
}

/** A provider's subject (issuer + sub) and the Konsil user it signs in as. */
export interface UserIdentityTable {
  issuer: string;
  subject: string;
  user_id: string;
  institution_id: string;
  created_at: string;
  last_login_at: string;
}

/** A stretch of time a case was the live board's current case; `ended_at` null while it is. */
export interface CaseDiscussionTable {
  id: string;
  board_id: string;
  case_id: string;
  started_at: string;
  ended_at: string | null;
}

/** A certificate of attendance: one per board and person, issued on its first download. */
export interface CertificateTable {
  /** Normalised verification code (12 Crockford base32 symbols). */
  code: string;
  board_id: string;
  user_id: string;
  minutes_attended: number;
  issued_at: string;
}

export interface Database {
  institutions: InstitutionTable;
  users: UserTable;
  credentials: CredentialTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  trusted_devices: TrustedDeviceTable;
  audit_events: AuditEventTable;
  audit_head: AuditHeadTable;
  audit_checkpoints: AuditCheckpointTable;
  boards: BoardTable;
  board_institutions: BoardInstitutionTable;
  board_participants: BoardParticipantTable;
  cases: CaseTable;
  board_sessions: BoardSessionTable;
  attendance: AttendanceTable;
  note_snapshots: NoteSnapshotTable;
  note_updates: NoteUpdateTable;
  case_recommendations: CaseRecommendationTable;
  case_positions: CasePositionTable;
  case_recommendation_versions: CaseRecommendationVersionTable;
  case_events: CaseEventTable;
  minutes_drafts: MinutesDraftTable;
  minutes_versions: MinutesVersionTable;
  search_entries: SearchEntryTable;
  search_terms: SearchTermTable;
  oidc_login_attempts: OidcLoginAttemptTable;
  user_identities: UserIdentityTable;
  certificates: CertificateTable;
  case_discussions: CaseDiscussionTable;
}

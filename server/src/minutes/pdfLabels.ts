import type { CaseStatus, Locale, Modality, Position, Role } from '@konsil/shared';

/** The PDF's own words, in the reader's language (the minutes' content stays as written). */
export interface PdfLabels {
  title: string;
  draft: string;
  institutions: string;
  scheduled: string;
  held: string;
  attendance: string;
  cases: string;
  summary: string;
  diagnosis: string;
  stage: string;
  question: string;
  notes: string;
  recommendation: string;
  intent: string;
  modalities: string;
  guideline: string;
  concordant: string;
  notConcordant: string;
  trial: string;
  followUp: string;
  rePresent: string;
  agreement: string;
  status: string;
  none: string;
  signature: string;
  signedBy: string;
  signedAt: string;
  contentHash: string;
  version: string;
  amendment: string;
  page: string;
  positions: Record<Position, string>;
  roles: Record<Role, string>;
  statuses: Record<CaseStatus, string>;
  modalityNames: Record<Modality, string>;
  intents: Record<'curative' | 'palliative' | 'diagnostic', string>;
}

const EN: PdfLabels = {
  title: 'Tumor board minutes',
  draft: 'DRAFT — not signed',
  institutions: 'Institutions',
  scheduled: 'Scheduled',
  held: 'Held',
  attendance: 'Attendance',
  cases: 'Cases',
  summary: 'Summary',
  diagnosis: 'Diagnosis',
  stage: 'Stage',
  question: 'Question for the board',
  notes: 'Case notes',
  recommendation: 'Recommendation',
  intent: 'Intent',
  modalities: 'Modalities',
  guideline: 'Guideline basis',
  concordant: 'guideline-concordant',
  notConcordant: 'not guideline-concordant',
  trial: 'Trial referral',
  followUp: 'Follow-up',
  rePresent: 'to be re-presented',
  agreement: 'Agreement',
  status: 'Status',
  none: '—',
  signature: 'Signature',
  signedBy: 'Signed by',
  signedAt: 'Signed at',
  contentHash: 'Content hash (SHA-256)',
  version: 'Version',
  amendment: 'Amendment',
  page: 'Page',
  positions: { agree: 'agree', disagree: 'disagree', abstain: 'abstain' },
  roles: {
    admin: 'admin',
    coordinator: 'coordinator',
    clinician: 'clinician',
    observer: 'observer',
  },
  statuses: {
    draft: 'draft',
    submitted: 'submitted',
    ready: 'ready',
    decided: 'decided',
    deferred: 'deferred',
    re_present: 'to be re-presented',
    not_discussed: 'not discussed',
  },
  modalityNames: {
    surgery: 'surgery',
    radiotherapy: 'radiotherapy',
    systemic_therapy: 'systemic therapy',
    clinical_trial: 'clinical trial',
    further_diagnostics: 'further diagnostics',
    best_supportive_care: 'best supportive care',
    watch_and_wait: 'watch and wait',
  },
  intents: { curative: 'curative', palliative: 'palliative', diagnostic: 'diagnostic' },
};

const DE: PdfLabels = {
  title: 'Protokoll des Tumorboards',
  draft: 'ENTWURF — nicht unterschrieben',
  institutions: 'Einrichtungen',
  scheduled: 'Geplant',
  held: 'Durchgeführt',
  attendance: 'Anwesenheit',
  cases: 'Fälle',
  summary: 'Zusammenfassung',
  diagnosis: 'Diagnose',
  stage: 'Stadium',
  question: 'Fragestellung an das Board',
  notes: 'Fallnotizen',
  recommendation: 'Empfehlung',
  intent: 'Therapieziel',
  modalities: 'Modalitäten',
  guideline: 'Leitliniengrundlage',
  concordant: 'leitliniengerecht',
  notConcordant: 'nicht leitliniengerecht',
  trial: 'Studieneinschluss',
  followUp: 'Wiedervorstellung / Nachsorge',
  rePresent: 'erneut vorzustellen',
  agreement: 'Zustimmung',
  status: 'Status',
  none: '—',
  signature: 'Unterschrift',
  signedBy: 'Unterschrieben von',
  signedAt: 'Unterschrieben am',
  contentHash: 'Inhalts-Hash (SHA-256)',
  version: 'Version',
  amendment: 'Berichtigung',
  page: 'Seite',
  positions: { agree: 'Zustimmung', disagree: 'Ablehnung', abstain: 'Enthaltung' },
  roles: {
    admin: 'Admin',
    coordinator: 'Koordination',
    clinician: 'Ärztin/Arzt',
    observer: 'Beobachtung',
  },
  statuses: {
    draft: 'Entwurf',
    submitted: 'eingereicht',
    ready: 'bereit',
    decided: 'entschieden',
    deferred: 'vertagt',
    re_present: 'erneut vorzustellen',
    not_discussed: 'nicht besprochen',
  },
  modalityNames: {
    surgery: 'Operation',
    radiotherapy: 'Strahlentherapie',
    systemic_therapy: 'Systemtherapie',
    clinical_trial: 'Klinische Studie',
    further_diagnostics: 'Weitere Diagnostik',
    best_supportive_care: 'Best Supportive Care',
    watch_and_wait: 'Watch and Wait',
  },
  intents: { curative: 'kurativ', palliative: 'palliativ', diagnostic: 'diagnostisch' },
};

const KO: PdfLabels = {
  title: '종양 협진 회의록',
  draft: '초안 — 서명 전',
  institutions: '참여 기관',
  scheduled: '예정 일시',
  held: '진행 일시',
  attendance: '참석자',
  cases: '증례',
  summary: '요약',
  diagnosis: '진단',
  stage: '병기',
  question: '협진 질의',
  notes: '증례 노트',
  recommendation: '권고안',
  intent: '치료 목적',
  modalities: '치료 방법',
  guideline: '근거 지침',
  concordant: '지침 부합',
  notConcordant: '지침 불일치',
  trial: '임상시험 의뢰',
  followUp: '추적 관찰',
  rePresent: '재상정 예정',
  agreement: '동의 현황',
  status: '상태',
  none: '—',
  signature: '서명',
  signedBy: '서명자',
  signedAt: '서명 일시',
  contentHash: '내용 해시 (SHA-256)',
  version: '버전',
  amendment: '정정',
  page: '쪽',
  positions: { agree: '동의', disagree: '반대', abstain: '기권' },
  roles: { admin: '관리자', coordinator: '코디네이터', clinician: '임상의', observer: '참관인' },
  statuses: {
    draft: '초안',
    submitted: '제출됨',
    ready: '준비됨',
    decided: '결정됨',
    deferred: '보류',
    re_present: '재상정',
    not_discussed: '미논의',
  },
  modalityNames: {
    surgery: '수술',
    radiotherapy: '방사선치료',
    systemic_therapy: '전신치료',
    clinical_trial: '임상시험',
    further_diagnostics: '추가 검사',
    best_supportive_care: '최선의 지지요법',
    watch_and_wait: '경과 관찰',
  },
  intents: { curative: '근치적', palliative: '고식적', diagnostic: '진단적' },
};

export const PDF_LABELS: Record<Locale, PdfLabels> = { en: EN, de: DE, ko: KO };

import type { CaseStatus, GuidelineBasis, Locale, Modality, Position, Role } from '@konsil/shared';

type Intent = 'curative' | 'palliative' | 'diagnostic';
type Concordance = 'yes' | 'no' | 'unknown';

/**
 * The PDF's words in the reader's language (the minutes' content stays as written). Most are
 * the minutes page's own words, so page and PDF speak one vocabulary: `PAGE_WORDS` says where
 * each is on the page, and pdfLabels.test.ts holds them equal to the page's texts. Templates
 * keep the page's `{{placeholders}}` and are filled with `fillIn`. The letter to the referring
 * physician takes the words it shares with the minutes from here (letterLabels.ts).
 */
export interface PdfLabels {
  // The PDF's own words: the page has no such text.
  title: string;
  draft: string;
  institutions: string;
  version: string;
  signature: string;
  signedAt: string;
  page: string;
  none: string;
  // The page's words.
  scheduled: string;
  held: string;
  notHeld: string;
  summary: string;
  summaryEmpty: string;
  attendance: string;
  attendanceNone: string;
  attendanceNoneHere: string;
  attendanceZone: string;
  attendanceName: string;
  attendanceRole: string;
  attendanceTimes: string;
  interval: string;
  toEnd: string;
  cases: string;
  casesNone: string;
  casePosition: string;
  reason: string;
  home: string;
  diagnosis: string;
  stage: string;
  notStated: string;
  question: string;
  notes: string;
  noNotes: string;
  recommendation: string;
  recommendationOnVersion: string;
  recommendationNone: string;
  recommendationNoText: string;
  intent: string;
  modalities: string;
  guideline: string;
  concordance: string;
  trial: string;
  followUp: string;
  rePresent: string;
  yes: string;
  agreement: string;
  agreementOnVersion: string;
  noPositions: string;
  onOlderVersion: string;
  onNoVersion: string;
  status: string;
  signedBy: string;
  amendment: string;
  contentHash: string;
  history: string;
  closed: string;
  reopened: string;
  notDiscussed: string;
  carriedTo: string;
  carriedFrom: string;
  by: string;
  system: string;
  historyReason: string;
  positions: Record<Position, string>;
  roles: Record<Role, string>;
  statuses: Record<CaseStatus, string>;
  modalityNames: Record<Modality, string>;
  intents: Record<Intent, string>;
  guidelineBodies: Record<GuidelineBasis['body'], string>;
  concordances: Record<Concordance, string>;
}

/** The PDF's own words, which the page does not have. */
export const PDF_ONLY_WORDS = [
  'title',
  'draft',
  'institutions',
  'version',
  'signature',
  'signedAt',
  'page',
  'none',
] as const satisfies readonly (keyof PdfLabels)[];

/**
 * Where the page says each of the PDF's other words: `namespace:key` in client/src/lib/i18n
 * (`common` is the main file); for a record, the key of the object holding one text per value.
 */
export const PAGE_WORDS = {
  scheduled: 'minutes:times.scheduled',
  held: 'minutes:times.held',
  notHeld: 'minutes:times.notHeld',
  summary: 'minutes:summary.title',
  summaryEmpty: 'minutes:summary.empty',
  attendance: 'minutes:attendance.title',
  attendanceNone: 'minutes:attendance.none',
  attendanceNoneHere: 'minutes:attendance.noneHere',
  attendanceZone: 'minutes:attendance.zone',
  attendanceName: 'minutes:attendance.name',
  attendanceRole: 'minutes:attendance.role',
  attendanceTimes: 'minutes:attendance.times',
  interval: 'minutes:attendance.interval',
  toEnd: 'minutes:attendance.toEnd',
  cases: 'minutes:cases.title',
  casesNone: 'minutes:cases.none',
  casePosition: 'minutes:cases.position',
  reason: 'minutes:cases.reason',
  home: 'minutes:cases.home',
  diagnosis: 'minutes:cases.diagnosis',
  stage: 'minutes:cases.stage',
  notStated: 'minutes:cases.notStated',
  question: 'minutes:cases.question',
  notes: 'minutes:cases.notes',
  noNotes: 'minutes:cases.noNotes',
  recommendation: 'minutes:cases.recommendation',
  recommendationOnVersion: 'minutes:cases.recommendationOnVersion',
  recommendationNone: 'clinical:decision.recommendation.none',
  recommendationNoText: 'clinical:decision.recommendation.noText',
  intent: 'clinical:decision.recommendation.intent',
  modalities: 'clinical:decision.recommendation.modalities',
  guideline: 'clinical:decision.recommendation.guidelineBody',
  concordance: 'clinical:decision.recommendation.concordance',
  trial: 'clinical:decision.recommendation.trialRegistryId',
  followUp: 'clinical:decision.recommendation.followUpOn',
  rePresent: 'clinical:decision.recommendation.rePresentShort',
  yes: 'clinical:decision.yes',
  agreement: 'minutes:cases.positions',
  agreementOnVersion: 'minutes:cases.agreementOnVersion',
  noPositions: 'minutes:cases.noPositions',
  onOlderVersion: 'clinical:decision.position.onOlder',
  onNoVersion: 'clinical:decision.position.unbound',
  status: 'clinical:decision.statusLabel',
  signedBy: 'minutes:state.signedBy',
  amendment: 'minutes:state.amendment',
  contentHash: 'minutes:state.hash',
  history: 'clinical:decision.history.title',
  closed: 'clinical:decision.history.closed',
  reopened: 'clinical:decision.history.reopened',
  notDiscussed: 'clinical:decision.history.not_discussed',
  carriedTo: 'clinical:decision.history.carried_over',
  carriedFrom: 'minutes:history.carriedFrom',
  by: 'clinical:decision.history.by',
  system: 'clinical:decision.history.system',
  historyReason: 'clinical:decision.history.reason',
  positions: 'clinical:decision.position',
  roles: 'common:roles',
  statuses: 'clinical:caseStatus',
  modalityNames: 'clinical:decision.modality',
  intents: 'clinical:decision.intent',
  guidelineBodies: 'clinical:decision.guideline',
  concordances: 'clinical:decision.concordance',
} as const satisfies Record<Exclude<keyof PdfLabels, (typeof PDF_ONLY_WORDS)[number]>, string>;

/** A page template with its `{{placeholders}}` filled in. */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

const EN: PdfLabels = {
  title: 'Tumor board minutes',
  draft: 'DRAFT — not signed',
  institutions: 'Institutions',
  version: 'Version',
  signature: 'Signature',
  signedAt: 'Signed at',
  page: 'Page',
  none: '—',
  scheduled: 'Scheduled',
  held: 'Held',
  notHeld: 'Not held',
  summary: 'Summary',
  summaryEmpty: 'No summary was written.',
  attendance: 'Attendance',
  attendanceNone: 'No one joined the live board.',
  attendanceNoneHere: 'No one from this center joined.',
  attendanceZone: 'Times in {{city}} time ({{zone}}), {{date}}',
  attendanceName: 'Name',
  attendanceRole: 'Role',
  attendanceTimes: 'In the live board',
  interval: '{{from}}–{{to}}',
  toEnd: '{{from}} to the end',
  cases: 'Cases',
  casesNone: 'No cases were on the agenda.',
  casePosition: 'Case {{position}}',
  reason: 'Reason: {{reason}}',
  home: 'Home center',
  diagnosis: 'Diagnosis',
  stage: 'Stage',
  notStated: 'Not stated',
  question: 'Question for the board',
  notes: 'Notes',
  noNotes: 'No notes were written.',
  recommendation: 'Recommendation',
  recommendationOnVersion: 'Recommendation, version {{version}}',
  recommendationNone: 'No recommendation has been recorded yet.',
  recommendationNoText: 'No recommendation text yet.',
  intent: 'Treatment intent',
  modalities: 'Modalities',
  guideline: 'Guideline',
  concordance: 'In line with the guideline?',
  trial: 'Trial registry number',
  followUp: 'Follow-up on',
  rePresent: 'To be presented again',
  yes: 'Yes',
  agreement: 'Agreement',
  agreementOnVersion: 'Agreement on version {{version}}',
  noPositions: 'No one stated a position.',
  status: 'Case status',
  signedBy: 'Signed by {{name}} ({{institution}})',
  amendment: 'Amends version {{version}}. Reason: {{reason}}',
  contentHash: 'SHA-256 of the signed content',
  onOlderVersion: 'On version {{version}} · not counted',
  onNoVersion: 'Stated before there was a recommendation · not counted',
  history: 'History',
  closed: 'Closed: {{outcome}}',
  reopened: 'Reopened',
  notDiscussed: 'Not discussed: the board ended before this case',
  carriedTo: 'Carried over to {{board}}',
  carriedFrom: 'Carried over from {{board}}',
  by: '{{name}} ({{code}})',
  system: 'automatically',
  historyReason: 'Reason: {{reason}}',
  positions: { agree: 'Agree', disagree: 'Disagree', abstain: 'Abstain' },
  roles: {
    admin: 'Administrator',
    coordinator: 'Coordinator',
    clinician: 'Clinician',
    observer: 'Observer',
  },
  statuses: {
    draft: 'Draft',
    submitted: 'Submitted',
    ready: 'Ready',
    decided: 'Decided',
    deferred: 'Deferred',
    re_present: 'To be re-presented',
    not_discussed: 'Not discussed',
  },
  modalityNames: {
    surgery: 'Surgery',
    radiotherapy: 'Radiotherapy',
    systemic_therapy: 'Systemic therapy',
    clinical_trial: 'Clinical trial',
    further_diagnostics: 'Further diagnostics',
    best_supportive_care: 'Best supportive care',
    watch_and_wait: 'Watch and wait',
  },
  intents: { curative: 'Curative', palliative: 'Palliative', diagnostic: 'Diagnostic' },
  guidelineBodies: {
    esmo: 'ESMO',
    nccn: 'NCCN',
    s3: 'S3 guideline (AWMF, German Guideline Program in Oncology)',
    asco: 'ASCO',
    ksmo: 'KSMO',
    other: 'Other',
  },
  concordances: { yes: 'Yes', no: 'No', unknown: 'Not assessed' },
};

const DE: PdfLabels = {
  title: 'Protokoll der Tumorkonferenz',
  draft: 'ENTWURF — nicht unterschrieben',
  institutions: 'Einrichtungen',
  version: 'Version',
  signature: 'Unterschrift',
  signedAt: 'Unterschrieben am',
  page: 'Seite',
  none: '—',
  scheduled: 'Geplant',
  held: 'Durchgeführt',
  notHeld: 'Nicht durchgeführt',
  summary: 'Zusammenfassung',
  summaryEmpty: 'Es wurde keine Zusammenfassung geschrieben.',
  attendance: 'Anwesenheit',
  attendanceNone: 'Niemand hat an der Live-Konferenz teilgenommen.',
  attendanceNoneHere: 'Aus diesem Zentrum hat niemand teilgenommen.',
  attendanceZone: 'Zeiten nach Ortszeit {{city}} ({{zone}}), {{date}}',
  attendanceName: 'Name',
  attendanceRole: 'Rolle',
  attendanceTimes: 'In der Live-Konferenz',
  interval: '{{from}}–{{to}}',
  toEnd: '{{from}} bis zum Ende',
  cases: 'Fälle',
  casesNone: 'Es standen keine Fälle auf der Tagesordnung.',
  casePosition: 'Fall {{position}}',
  reason: 'Grund: {{reason}}',
  home: 'Heimatzentrum',
  diagnosis: 'Diagnose',
  stage: 'Stadium',
  notStated: 'Nicht angegeben',
  question: 'Fragestellung an die Konferenz',
  notes: 'Notizen',
  noNotes: 'Es wurden keine Notizen geschrieben.',
  recommendation: 'Empfehlung',
  recommendationOnVersion: 'Empfehlung, Version {{version}}',
  recommendationNone: 'Es wurde noch keine Empfehlung erfasst.',
  recommendationNoText: 'Noch kein Empfehlungstext.',
  intent: 'Therapieintention',
  modalities: 'Therapiemodalitäten',
  guideline: 'Leitlinie',
  concordance: 'Leitlinienkonform?',
  trial: 'Studienregisternummer',
  followUp: 'Kontrolle am',
  rePresent: 'Erneute Vorstellung',
  yes: 'Ja',
  agreement: 'Meinungsbild',
  agreementOnVersion: 'Meinungsbild zu Version {{version}}',
  noPositions: 'Niemand hat eine Haltung angegeben.',
  status: 'Fallstatus',
  signedBy: 'Unterschrieben von {{name}} ({{institution}})',
  amendment: 'Berichtigt Version {{version}}. Grund: {{reason}}',
  contentHash: 'SHA-256 des unterschriebenen Inhalts',
  onOlderVersion: 'Zu Version {{version}} · nicht gezählt',
  onNoVersion: 'Vor der ersten Empfehlung angegeben · nicht gezählt',
  history: 'Verlauf',
  closed: 'Abgeschlossen: {{outcome}}',
  reopened: 'Wieder geöffnet',
  notDiscussed: 'Nicht besprochen: Die Konferenz endete vor diesem Fall',
  carriedTo: 'Übertragen auf {{board}}',
  carriedFrom: 'Übertragen von {{board}}',
  by: '{{name}} ({{code}})',
  system: 'automatisch',
  historyReason: 'Begründung: {{reason}}',
  positions: { agree: 'Zustimmung', disagree: 'Widerspruch', abstain: 'Enthaltung' },
  roles: {
    admin: 'Administration',
    coordinator: 'Koordination',
    clinician: 'Ärztin/Arzt',
    observer: 'Beobachtung',
  },
  statuses: {
    draft: 'Entwurf',
    submitted: 'Eingereicht',
    ready: 'Bereit',
    decided: 'Entschieden',
    deferred: 'Zurückgestellt',
    re_present: 'Erneut vorstellen',
    not_discussed: 'Nicht besprochen',
  },
  modalityNames: {
    surgery: 'Operation',
    radiotherapy: 'Strahlentherapie',
    systemic_therapy: 'Systemtherapie',
    clinical_trial: 'Klinische Studie',
    further_diagnostics: 'Weitere Diagnostik',
    best_supportive_care: 'Best Supportive Care',
    watch_and_wait: 'Abwartendes Beobachten (Watch & Wait)',
  },
  intents: { curative: 'Kurativ', palliative: 'Palliativ', diagnostic: 'Diagnostisch' },
  guidelineBodies: {
    esmo: 'ESMO',
    nccn: 'NCCN',
    s3: 'S3-Leitlinie (AWMF, Leitlinienprogramm Onkologie)',
    asco: 'ASCO',
    ksmo: 'KSMO',
    other: 'Andere',
  },
  concordances: { yes: 'Ja', no: 'Nein', unknown: 'Nicht beurteilt' },
};

const KO: PdfLabels = {
  title: '종양 협진 회의록',
  draft: '초안 — 서명 전',
  institutions: '참여 기관',
  version: '버전',
  signature: '서명',
  signedAt: '서명 일시',
  page: '쪽',
  none: '—',
  scheduled: '예정',
  held: '진행',
  notHeld: '진행되지 않음',
  summary: '요약',
  summaryEmpty: '작성된 요약이 없습니다.',
  attendance: '참석',
  attendanceNone: '실시간 협진 회의에 참석한 사람이 없습니다.',
  attendanceNoneHere: '이 센터에서 참석한 사람이 없습니다.',
  attendanceZone: '{{date}}, {{city}} 현지 시각({{zone}}) 기준',
  attendanceName: '이름',
  attendanceRole: '역할',
  attendanceTimes: '실시간 회의 참석 시간',
  interval: '{{from}}–{{to}}',
  toEnd: '{{from}}부터 종료까지',
  cases: '증례',
  casesNone: '안건에 증례가 없었습니다.',
  casePosition: '증례 {{position}}',
  reason: '사유: {{reason}}',
  home: '소속 센터',
  diagnosis: '진단',
  stage: '병기',
  notStated: '기재되지 않음',
  question: '협진 질의',
  notes: '노트',
  noNotes: '작성된 노트가 없습니다.',
  recommendation: '권고안',
  recommendationOnVersion: '권고안(버전 {{version}})',
  recommendationNone: '아직 기록된 권고안이 없습니다.',
  recommendationNoText: '아직 권고안 내용이 없습니다.',
  intent: '치료 목적',
  modalities: '치료 방법',
  guideline: '진료지침',
  concordance: '진료지침에 부합합니까?',
  trial: '임상시험 등록번호',
  followUp: '추적 관찰일',
  rePresent: '재상정 예정',
  yes: '예',
  agreement: '동의 현황',
  agreementOnVersion: '버전 {{version}}에 대한 동의 현황',
  noPositions: '의견을 밝힌 사람이 없습니다.',
  status: '증례 상태',
  signedBy: '서명자: {{name}} ({{institution}})',
  amendment: '버전 {{version}}을 정정함. 사유: {{reason}}',
  contentHash: '서명된 내용의 SHA-256',
  onOlderVersion: '버전 {{version}}에 대한 의견 · 집계 제외',
  onNoVersion: '권고안이 생기기 전에 표명 · 집계 제외',
  history: '이력',
  closed: '종결: {{outcome}}',
  reopened: '재개',
  notDiscussed: '미논의: 이 증례 전에 회의가 종료됨',
  carriedTo: '{{board}}(으)로 이월',
  carriedFrom: '{{board}}에서 이월',
  by: '{{name}} ({{code}})',
  system: '자동',
  historyReason: '사유: {{reason}}',
  positions: { agree: '동의', disagree: '반대', abstain: '기권' },
  roles: { admin: '관리자', coordinator: '코디네이터', clinician: '임상의', observer: '참관인' },
  statuses: {
    draft: '작성 중',
    submitted: '제출됨',
    ready: '준비 완료',
    decided: '결정됨',
    deferred: '보류',
    re_present: '재상정 예정',
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
  intents: { curative: '완치 목적', palliative: '고식적', diagnostic: '진단 목적' },
  guidelineBodies: {
    esmo: 'ESMO',
    nccn: 'NCCN',
    s3: 'S3 진료지침(독일 AWMF)',
    asco: 'ASCO',
    ksmo: 'KSMO(대한종양내과학회)',
    other: '기타',
  },
  concordances: { yes: '예', no: '아니요', unknown: '평가하지 않음' },
};

export const PDF_LABELS: Record<Locale, PdfLabels> = { en: EN, de: DE, ko: KO };

import type { GuidelineBasis, Locale, Modality, Position } from '@konsil/shared';

type Intent = 'curative' | 'palliative' | 'diagnostic';

/**
 * The letter's own words in its language, with the pages' vocabulary (German "Konferenz",
 * "Widerspruch", "Fragestellung an die Konferenz"). What the board wrote stays as written.
 */
export interface LetterLabels {
  /** For Intl date formatting. */
  dateLocale: string;
  title: string;
  subtitle: string;
  board: string;
  institutions: string;
  date: string;
  pseudonym: string;
  homeReference: string;
  homeInstitution: string;
  salutation: string;
  intro: (board: string, date: string, version: number) => string;
  findings: string;
  diagnosis: string;
  stage: string;
  question: string;
  recommendation: string;
  /** The heading of the recommendation when its version (the one judged) is known. */
  recommendationOn: (version: number) => string;
  intent: string;
  intents: Record<Intent, string>;
  modalities: string;
  modalityNames: Record<Modality, string>;
  guideline: string;
  guidelineBasis: (basis: GuidelineBasis) => string;
  concordance: string;
  concordant: string;
  notConcordant: (reason: string) => string;
  notAssessed: string;
  trial: string;
  followUp: string;
  rePresent: string;
  agreement: string;
  positions: Record<Position, string>;
  agreementOn: (version: number) => string;
  dissent: string;
  noDissent: string;
  noNote: string;
  earlierPositions: (count: number) => string;
  minutes: string;
  minutesVersion: string;
  signedBy: string;
  signedAt: string;
  contentHash: string;
  hashNote: string;
  amendment: string;
  closing: string;
  sender: (board: string) => string;
  issued: (date: string) => string;
  page: (page: number, pages: number) => string;
  none: string;
  notStated: string;
}

/** Guideline bodies by name; "other" has none, so only the guideline's own title shows. */
const GUIDELINE_BODIES: Record<Locale, Record<GuidelineBasis['body'], string>> = {
  en: {
    esmo: 'ESMO',
    nccn: 'NCCN',
    s3: 'S3 guideline (AWMF)',
    asco: 'ASCO',
    ksmo: 'KSMO',
    other: '',
  },
  de: {
    esmo: 'ESMO',
    nccn: 'NCCN',
    s3: 'S3-Leitlinie (AWMF, Leitlinienprogramm Onkologie)',
    asco: 'ASCO',
    ksmo: 'KSMO',
    other: '',
  },
  ko: {
    esmo: 'ESMO',
    nccn: 'NCCN',
    s3: 'S3 진료지침(독일 AWMF)',
    asco: 'ASCO',
    ksmo: 'KSMO(대한종양내과학회)',
    other: '',
  },
};

const EN: LetterLabels = {
  dateLocale: 'en-GB',
  title: 'Recommendation of the tumor board',
  subtitle: 'Letter to the referring physician',
  board: 'Board',
  institutions: 'Institutions',
  date: 'Date of the board',
  pseudonym: 'Patient (pseudonym)',
  homeReference: 'Home reference',
  homeInstitution: 'Home center',
  salutation: 'Dear colleague,',
  intro: (board, date, version) =>
    `the tumor board “${board}” discussed the patient named above on ${date} and made the recommendation below. This letter reproduces version ${version} of the signed minutes.`,
  findings: 'Diagnosis and stage',
  diagnosis: 'Diagnosis',
  stage: 'Stage',
  question: 'Question for the board',
  recommendation: 'Recommendation of the board',
  recommendationOn: (version) => `Recommendation of the board, version ${version}`,
  intent: 'Treatment intent',
  intents: { curative: 'Curative', palliative: 'Palliative', diagnostic: 'Diagnostic' },
  modalities: 'Modalities',
  modalityNames: {
    surgery: 'Surgery',
    radiotherapy: 'Radiotherapy',
    systemic_therapy: 'Systemic therapy',
    clinical_trial: 'Clinical trial',
    further_diagnostics: 'Further diagnostics',
    best_supportive_care: 'Best supportive care',
    watch_and_wait: 'Watch and wait',
  },
  guideline: 'Guideline basis',
  guidelineBasis: ({ body, name, version }) =>
    `${GUIDELINE_BODIES.en[body]}${GUIDELINE_BODIES.en[body] ? ': ' : ''}${name}, version ${version}`,
  concordance: 'In line with the guideline',
  concordant: 'Yes',
  notConcordant: (reason) => `No — reason: ${reason}`,
  notAssessed: 'Not assessed',
  trial: 'Trial referral',
  followUp: 'Follow-up on',
  rePresent: 'The case is to be presented again at a later board.',
  agreement: 'Agreement',
  positions: { agree: 'Agree', disagree: 'Disagree', abstain: 'Abstain' },
  agreementOn: (version) => `Agreement on version ${version}`,
  dissent: 'Disagreement',
  noDissent: 'No one disagreed.',
  noNote: 'no note',
  earlierPositions: (count) =>
    count === 1
      ? 'One position stated on an earlier version of the recommendation is not counted.'
      : `${count} positions stated on earlier versions of the recommendation are not counted.`,
  minutes: 'Signed minutes',
  minutesVersion: 'Version',
  signedBy: 'Signed by',
  signedAt: 'Signed at',
  contentHash: 'Content hash (SHA-256)',
  hashNote:
    'The hash identifies exactly the signed minutes this letter reproduces; Konsil shows it with every signed version.',
  amendment: 'Amendment',
  closing: 'With kind regards',
  sender: (board) => `The tumor board “${board}”`,
  issued: (date) => `Produced from the signed minutes on ${date}`,
  page: (page, pages) => `Page ${page} of ${pages}`,
  none: 'None',
  notStated: 'Not stated',
};

const DE: LetterLabels = {
  dateLocale: 'de-DE',
  title: 'Empfehlung der Tumorkonferenz',
  subtitle: 'Brief an die zuweisende Ärztin / den zuweisenden Arzt',
  board: 'Konferenz',
  institutions: 'Einrichtungen',
  date: 'Datum der Konferenz',
  pseudonym: 'Patientin/Patient (Pseudonym)',
  homeReference: 'Interne Kennung',
  homeInstitution: 'Heimatzentrum',
  salutation: 'Sehr geehrte Kollegin, sehr geehrter Kollege,',
  intro: (board, date, version) =>
    `die Tumorkonferenz „${board}“ hat den oben genannten Fall am ${date} besprochen und die folgende Empfehlung beschlossen. Dieser Brief gibt Version ${version} des unterschriebenen Protokolls wieder.`,
  findings: 'Diagnose und Stadium',
  diagnosis: 'Diagnose',
  stage: 'Stadium',
  question: 'Fragestellung an die Konferenz',
  recommendation: 'Empfehlung der Tumorkonferenz',
  recommendationOn: (version) => `Empfehlung der Tumorkonferenz, Version ${version}`,
  intent: 'Therapieintention',
  intents: { curative: 'Kurativ', palliative: 'Palliativ', diagnostic: 'Diagnostisch' },
  modalities: 'Therapiemodalitäten',
  modalityNames: {
    surgery: 'Operation',
    radiotherapy: 'Strahlentherapie',
    systemic_therapy: 'Systemtherapie',
    clinical_trial: 'Klinische Studie',
    further_diagnostics: 'Weitere Diagnostik',
    best_supportive_care: 'Best Supportive Care',
    watch_and_wait: 'Abwartendes Beobachten (Watch & Wait)',
  },
  guideline: 'Leitliniengrundlage',
  guidelineBasis: ({ body, name, version }) =>
    `${GUIDELINE_BODIES.de[body]}${GUIDELINE_BODIES.de[body] ? ': ' : ''}${name}, Version ${version}`,
  concordance: 'Leitlinienkonform',
  concordant: 'Ja',
  notConcordant: (reason) => `Nein — Begründung: ${reason}`,
  notAssessed: 'Nicht beurteilt',
  trial: 'Studienzuweisung',
  followUp: 'Kontrolle am',
  rePresent: 'Der Fall soll in einer späteren Konferenz erneut vorgestellt werden.',
  agreement: 'Meinungsbild',
  positions: { agree: 'Zustimmung', disagree: 'Widerspruch', abstain: 'Enthaltung' },
  agreementOn: (version) => `Meinungsbild zu Version ${version}`,
  dissent: 'Widerspruch',
  noDissent: 'Niemand hat widersprochen.',
  noNote: 'ohne Anmerkung',
  earlierPositions: (count) =>
    count === 1
      ? 'Eine Haltung zu einer früheren Fassung der Empfehlung ist nicht mitgezählt.'
      : `${count} Haltungen zu früheren Fassungen der Empfehlung sind nicht mitgezählt.`,
  minutes: 'Unterschriebenes Protokoll',
  minutesVersion: 'Version',
  signedBy: 'Unterschrieben von',
  signedAt: 'Unterschrieben am',
  contentHash: 'Inhalts-Hash (SHA-256)',
  hashNote:
    'Der Hash kennzeichnet genau das unterschriebene Protokoll, das dieser Brief wiedergibt; Konsil zeigt ihn bei jeder unterschriebenen Version an.',
  amendment: 'Berichtigung',
  closing: 'Mit freundlichen kollegialen Grüßen',
  sender: (board) => `Die Tumorkonferenz „${board}“`,
  issued: (date) => `Aus dem unterschriebenen Protokoll erstellt am ${date}`,
  page: (page, pages) => `Seite ${page} von ${pages}`,
  none: 'Keine',
  notStated: 'Nicht angegeben',
};

const KO: LetterLabels = {
  dateLocale: 'ko-KR',
  title: '종양 협진 회의 권고안',
  subtitle: '의뢰 의사께 드리는 회신서',
  board: '협진 회의',
  institutions: '참여 기관',
  date: '회의 일시',
  pseudonym: '환자(가명)',
  homeReference: '기관 내부 식별 번호',
  homeInstitution: '소속 센터',
  salutation: '의뢰해 주신 선생님께',
  intro: (board, date, version) =>
    `${date}에 열린 「${board}」 협진 회의에서 위 환자를 논의하고 아래와 같이 권고하였습니다. 이 회신서는 서명된 회의록 버전 ${version}의 내용을 그대로 옮긴 것입니다.`,
  findings: '진단 및 병기',
  diagnosis: '진단',
  stage: '병기',
  question: '협진 질의',
  recommendation: '협진 회의 권고안',
  recommendationOn: (version) => `협진 회의 권고안(버전 ${version})`,
  intent: '치료 목적',
  intents: { curative: '완치 목적', palliative: '고식적', diagnostic: '진단 목적' },
  modalities: '치료 방법',
  modalityNames: {
    surgery: '수술',
    radiotherapy: '방사선치료',
    systemic_therapy: '전신치료',
    clinical_trial: '임상시험',
    further_diagnostics: '추가 검사',
    best_supportive_care: '최선의 지지요법',
    watch_and_wait: '경과 관찰',
  },
  guideline: '근거 진료지침',
  guidelineBasis: ({ body, name, version }) =>
    `${GUIDELINE_BODIES.ko[body]}${GUIDELINE_BODIES.ko[body] ? ': ' : ''}${name}, 버전 ${version}`,
  concordance: '진료지침 부합 여부',
  concordant: '예',
  notConcordant: (reason) => `아니요 — 사유: ${reason}`,
  notAssessed: '평가하지 않음',
  trial: '임상시험 의뢰',
  followUp: '추적 관찰일',
  rePresent: '이 증례는 추후 협진 회의에 재상정될 예정입니다.',
  agreement: '동의 현황',
  positions: { agree: '동의', disagree: '반대', abstain: '기권' },
  agreementOn: (version) => `버전 ${version}에 대한 동의 현황`,
  dissent: '반대 의견',
  noDissent: '반대 의견은 없었습니다.',
  noNote: '메모 없음',
  earlierPositions: (count) =>
    `이전 버전의 권고안에 대해 밝힌 의견 ${count}건은 집계에서 제외되었습니다.`,
  minutes: '서명된 회의록',
  minutesVersion: '버전',
  signedBy: '서명자',
  signedAt: '서명 일시',
  contentHash: '내용 해시(SHA-256)',
  hashNote:
    '이 해시는 회신서가 옮긴 서명된 회의록을 정확히 식별하며, Konsil의 각 서명 버전에 함께 표시됩니다.',
  amendment: '정정 사유',
  closing: '감사합니다.',
  sender: (board) => `「${board}」 협진 회의 드림`,
  issued: (date) => `서명된 회의록에서 작성: ${date}`,
  page: (page, pages) => `${page} / ${pages}쪽`,
  none: '없음',
  notStated: '기재되지 않음',
};

export const LETTER_LABELS: Record<Locale, LetterLabels> = { en: EN, de: DE, ko: KO };

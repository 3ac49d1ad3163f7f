import type { Locale } from '@konsil/shared';
import { PDF_LABELS, type PdfLabels } from '../minutes/pdfLabels';

/**
 * The words the letter shares with the minutes PDF, taken from its labels: one text for
 * the letter, the minutes PDF and (where the page has the word) the pages, which
 * pdfLabels.test.ts holds equal.
 */
export const SHARED_WORDS = [
  'institutions',
  'home',
  'diagnosis',
  'stage',
  'question',
  'notStated',
  'intent',
  'intents',
  'modalities',
  'modalityNames',
  'guidelineBodies',
  'concordances',
  'followUp',
  'agreement',
  'agreementOnVersion',
  'positions',
  'version',
  'signedAt',
] as const satisfies readonly (keyof PdfLabels)[];

type SharedWords = Pick<PdfLabels, (typeof SHARED_WORDS)[number]>;

/**
 * The letter's own words in its language, with the pages' vocabulary (German "Konferenz",
 * "Widerspruch"). What the board wrote stays as written.
 */
interface OwnWords {
  /** For Intl date formatting. */
  dateLocale: string;
  title: string;
  subtitle: string;
  board: string;
  date: string;
  pseudonym: string;
  homeReference: string;
  salutation: string;
  intro: (board: string, date: string, version: number) => string;
  findings: string;
  recommendation: string;
  /** The heading of the recommendation when its version (the one judged) is known. */
  recommendationOn: (version: number) => string;
  guideline: string;
  /** The guideline's title and version, after the name of its body (if it has one). */
  guidelineTitle: (name: string, version: string) => string;
  concordance: string;
  /** Follows the page's "No" when the recommendation departs from the guideline. */
  nonConcordanceReason: (reason: string) => string;
  trial: string;
  rePresent: string;
  dissent: string;
  noDissent: string;
  noNote: string;
  earlierPositions: (count: number) => string;
  minutes: string;
  signedBy: string;
  contentHash: string;
  hashNote: string;
  amendment: string;
  closing: string;
  sender: (board: string) => string;
  issued: (date: string) => string;
  page: (page: number, pages: number) => string;
  none: string;
}

export type LetterLabels = SharedWords & OwnWords;

/**
 * Where the page says the letter's own words that it has too (`namespace:key` in
 * client/src/lib/i18n, as `PAGE_WORDS`); pdfLabels.test.ts holds them equal.
 */
export const LETTER_PAGE_WORDS = {
  findings: 'clinical:agenda.columns.diagnosis',
  recommendation: 'clinical:decision.recommendation.decisionText',
} as const satisfies Partial<Record<keyof OwnWords, string>>;

const EN: OwnWords = {
  dateLocale: 'en-GB',
  title: 'Recommendation of the tumor board',
  subtitle: 'Letter to the referring physician',
  board: 'Board',
  date: 'Date of the board',
  pseudonym: 'Patient (pseudonym)',
  homeReference: 'Home reference',
  salutation: 'Dear colleague,',
  intro: (board, date, version) =>
    `the tumor board “${board}” discussed the patient named above on ${date} and made the recommendation below. This letter reproduces version ${version} of the signed minutes.`,
  findings: 'Diagnosis and stage',
  recommendation: 'Recommendation of the board',
  recommendationOn: (version) => `Recommendation of the board, version ${version}`,
  guideline: 'Guideline basis',
  guidelineTitle: (name, version) => `${name}, version ${version}`,
  concordance: 'In line with the guideline',
  nonConcordanceReason: (reason) => `reason: ${reason}`,
  trial: 'Trial referral',
  rePresent: 'The case is to be presented again at a later board.',
  dissent: 'Disagreement',
  noDissent: 'No one disagreed.',
  noNote: 'no note',
  earlierPositions: (count) =>
    count === 1
      ? 'One position stated on an earlier version of the recommendation is not counted.'
      : `${count} positions stated on earlier versions of the recommendation are not counted.`,
  minutes: 'Signed minutes',
  signedBy: 'Signed by',
  contentHash: 'Content hash (SHA-256)',
  hashNote:
    'The hash identifies exactly the signed minutes this letter reproduces; Konsil shows it with every signed version.',
  amendment: 'Amendment',
  closing: 'With kind regards',
  sender: (board) => `The tumor board “${board}”`,
  issued: (date) => `Produced from the signed minutes on ${date}`,
  page: (page, pages) => `Page ${page} of ${pages}`,
  none: 'None',
};

const DE: OwnWords = {
  dateLocale: 'de-DE',
  title: 'Empfehlung der Tumorkonferenz',
  subtitle: 'Brief an die zuweisende Ärztin / den zuweisenden Arzt',
  board: 'Konferenz',
  date: 'Datum der Konferenz',
  pseudonym: 'Patientin/Patient (Pseudonym)',
  homeReference: 'Interne Kennung',
  salutation: 'Sehr geehrte Kollegin, sehr geehrter Kollege,',
  intro: (board, date, version) =>
    `die Tumorkonferenz „${board}“ hat den oben genannten Fall am ${date} besprochen und die folgende Empfehlung beschlossen. Dieser Brief gibt Version ${version} des unterschriebenen Protokolls wieder.`,
  findings: 'Diagnose und Stadium',
  recommendation: 'Empfehlung der Tumorkonferenz',
  recommendationOn: (version) => `Empfehlung der Tumorkonferenz, Version ${version}`,
  guideline: 'Leitliniengrundlage',
  guidelineTitle: (name, version) => `${name}, Version ${version}`,
  concordance: 'Leitlinienkonform',
  nonConcordanceReason: (reason) => `Begründung: ${reason}`,
  trial: 'Studienzuweisung',
  rePresent: 'Der Fall soll in einer späteren Konferenz erneut vorgestellt werden.',
  dissent: 'Widerspruch',
  noDissent: 'Niemand hat widersprochen.',
  noNote: 'ohne Anmerkung',
  earlierPositions: (count) =>
    count === 1
      ? 'Eine Haltung zu einer früheren Fassung der Empfehlung ist nicht mitgezählt.'
      : `${count} Haltungen zu früheren Fassungen der Empfehlung sind nicht mitgezählt.`,
  minutes: 'Unterschriebenes Protokoll',
  signedBy: 'Unterschrieben von',
  contentHash: 'Inhalts-Hash (SHA-256)',
  hashNote:
    'Der Hash kennzeichnet genau das unterschriebene Protokoll, das dieser Brief wiedergibt; Konsil zeigt ihn bei jeder unterschriebenen Version an.',
  amendment: 'Berichtigung',
  closing: 'Mit freundlichen kollegialen Grüßen',
  sender: (board) => `Die Tumorkonferenz „${board}“`,
  issued: (date) => `Aus dem unterschriebenen Protokoll erstellt am ${date}`,
  page: (page, pages) => `Seite ${page} von ${pages}`,
  none: 'Keine',
};

const KO: OwnWords = {
  dateLocale: 'ko-KR',
  title: '종양 협진 회의 권고안',
  subtitle: '의뢰 의사께 드리는 회신서',
  board: '협진 회의',
  date: '회의 일시',
  pseudonym: '환자(가명)',
  homeReference: '기관 내부 식별 번호',
  salutation: '의뢰해 주신 선생님께',
  intro: (board, date, version) =>
    `${date}에 열린 「${board}」 협진 회의에서 위 환자를 논의하고 아래와 같이 권고하였습니다. 이 회신서는 서명된 회의록 버전 ${version}의 내용을 그대로 옮긴 것입니다.`,
  findings: '진단 및 병기',
  recommendation: '협진 회의 권고안',
  recommendationOn: (version) => `협진 회의 권고안(버전 ${version})`,
  guideline: '근거 진료지침',
  guidelineTitle: (name, version) => `${name}, 버전 ${version}`,
  concordance: '진료지침 부합 여부',
  nonConcordanceReason: (reason) => `사유: ${reason}`,
  trial: '임상시험 의뢰',
  rePresent: '이 증례는 추후 협진 회의에 재상정될 예정입니다.',
  dissent: '반대 의견',
  noDissent: '반대 의견은 없었습니다.',
  noNote: '메모 없음',
  earlierPositions: (count) =>
    `이전 버전의 권고안에 대해 밝힌 의견 ${count}건은 집계에서 제외되었습니다.`,
  minutes: '서명된 회의록',
  signedBy: '서명자',
  contentHash: '내용 해시(SHA-256)',
  hashNote:
    '이 해시는 회신서가 옮긴 서명된 회의록을 정확히 식별하며, Konsil의 각 서명 버전에 함께 표시됩니다.',
  amendment: '정정 사유',
  closing: '감사합니다.',
  sender: (board) => `「${board}」 협진 회의 드림`,
  issued: (date) => `서명된 회의록에서 작성: ${date}`,
  page: (page, pages) => `${page} / ${pages}쪽`,
  none: '없음',
};

/** The letter's words in one language: the shared ones as the minutes PDF has them, then its own. */
function letterLabelsIn(locale: Locale, own: OwnWords): LetterLabels {
  const pdf = PDF_LABELS[locale];
  const shared = Object.fromEntries(SHARED_WORDS.map((word) => [word, pdf[word]])) as SharedWords;
  return { ...shared, ...own };
}

export const LETTER_LABELS: Record<Locale, LetterLabels> = {
  en: letterLabelsIn('en', EN),
  de: letterLabelsIn('de', DE),
  ko: letterLabelsIn('ko', KO),
};

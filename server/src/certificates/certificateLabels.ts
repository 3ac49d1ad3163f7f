import type { Locale, TumorEntity } from '@konsil/shared';

/**
 * The certificate's words in one language. It certifies attendance and nothing more: it
 * claims no accreditation and no CME points, and says who decides about those. Entity names
 * are the pages' (`clinical:entities`), which certificateLabels.test.ts holds equal.
 */
export interface CertificateLabels {
  /** For Intl date formatting. */
  dateLocale: string;
  title: string;
  confirms: (name: string, institution: string) => string;
  board: string;
  date: string;
  /** "from 09:02 to 10:00 (Europe/Berlin)" after the day. */
  timeSpan: (day: string, from: string, to: string, zone: string) => string;
  duration: string;
  attended: string;
  minutes: (count: number) => string;
  institutions: string;
  entities: string;
  entityNames: Record<TumorEntity, string>;
  noEntities: string;
  casesDiscussed: string;
  issuer: string;
  issuedAt: string;
  code: string;
  verifyAt: string;
  verifyNote: string;
  notAccreditation: string;
}

const EN: CertificateLabels = {
  dateLocale: 'en-GB',
  title: 'Certificate of attendance',
  confirms: (name, institution) =>
    `This is to confirm that ${name} (${institution}) attended the tumor board below.`,
  board: 'Tumor board',
  date: 'Date and time',
  timeSpan: (day, from, to, zone) => `${day}, ${from}–${to} (${zone})`,
  duration: 'Duration of the board',
  attended: 'Time attended',
  minutes: (count) => (count === 1 ? '1 minute' : `${count} minutes`),
  institutions: 'Participating institutions',
  entities: 'Tumor entities discussed',
  entityNames: {
    thoracic: 'Thoracic oncology',
    gastrointestinal: 'Gastrointestinal tumors',
    hepatobiliary_pancreatic: 'Hepatobiliary and pancreatic tumors',
    breast: 'Breast cancer',
    gynecologic: 'Gynecologic tumors',
    urologic: 'Urologic tumors',
    head_and_neck: 'Head and neck tumors',
    neuro: 'Neuro-oncology',
    skin: 'Skin tumors',
    sarcoma: 'Sarcoma',
    hematologic: 'Hematologic malignancies',
    general: 'General (all entities)',
  },
  noEntities: 'None recorded',
  casesDiscussed: 'Cases discussed',
  issuer: 'Issued by',
  issuedAt: 'Issued on',
  code: 'Verification code',
  verifyAt: 'Verify at',
  verifyNote:
    'Anyone holding this certificate can check it at the address above: it confirms the name, the board and the time attended.',
  notAccreditation:
    'This certificate confirms attendance only. It is not an accreditation; whether continuing medical education points are awarded is decided by the responsible medical chamber.',
};

const DE: CertificateLabels = {
  dateLocale: 'de-DE',
  title: 'Teilnahmebescheinigung',
  confirms: (name, institution) =>
    `Hiermit wird bestätigt, dass ${name} (${institution}) an der unten genannten Tumorkonferenz teilgenommen hat.`,
  board: 'Tumorkonferenz',
  date: 'Datum und Uhrzeit',
  timeSpan: (day, from, to, zone) => `${day}, ${from}–${to} Uhr (${zone})`,
  duration: 'Dauer der Konferenz',
  attended: 'Anwesenheit',
  minutes: (count) => (count === 1 ? '1 Minute' : `${count} Minuten`),
  institutions: 'Beteiligte Zentren',
  entities: 'Besprochene Tumorentitäten',
  entityNames: {
    thoracic: 'Thorakale Onkologie',
    gastrointestinal: 'Gastrointestinale Tumoren',
    hepatobiliary_pancreatic: 'Hepatobiliäre und Pankreastumoren',
    breast: 'Mammakarzinom',
    gynecologic: 'Gynäkologische Tumoren',
    urologic: 'Urologische Tumoren',
    head_and_neck: 'Kopf-Hals-Tumoren',
    neuro: 'Neuroonkologie',
    skin: 'Hauttumoren',
    sarcoma: 'Sarkome',
    hematologic: 'Hämatologische Neoplasien',
    general: 'Interdisziplinär (alle Entitäten)',
  },
  noEntities: 'Keine erfasst',
  casesDiscussed: 'Besprochene Fälle',
  issuer: 'Ausgestellt von',
  issuedAt: 'Ausgestellt am',
  code: 'Prüfcode',
  verifyAt: 'Prüfen unter',
  verifyNote:
    'Wer diese Bescheinigung erhält, kann sie unter der obigen Adresse prüfen: Bestätigt werden Name, Konferenz und Anwesenheitsdauer.',
  notAccreditation:
    'Diese Bescheinigung bestätigt ausschließlich die Teilnahme. Sie ist keine Anerkennung als Fortbildung; über die Vergabe von Fortbildungspunkten entscheidet die zuständige Ärztekammer.',
};

const KO: CertificateLabels = {
  dateLocale: 'ko-KR',
  title: '참석 확인서',
  confirms: (name, institution) =>
    `${institution} 소속 ${name} 님이 아래 종양 협진 회의에 참석하였음을 확인합니다.`,
  board: '협진 회의',
  date: '일시',
  timeSpan: (day, from, to, zone) => `${day} ${from}–${to} (${zone})`,
  duration: '회의 시간',
  attended: '참석 시간',
  minutes: (count) => `${count}분`,
  institutions: '참여 기관',
  entities: '논의된 종양 분야',
  entityNames: {
    thoracic: '흉부 종양',
    gastrointestinal: '위장관 종양',
    hepatobiliary_pancreatic: '간담도·췌장 종양',
    breast: '유방암',
    gynecologic: '부인암',
    urologic: '비뇨기 종양',
    head_and_neck: '두경부 종양',
    neuro: '신경종양',
    skin: '피부 종양',
    sarcoma: '육종',
    hematologic: '혈액 종양',
    general: '전체(모든 암종)',
  },
  noEntities: '기록 없음',
  casesDiscussed: '논의된 증례 수',
  issuer: '발급 기관',
  issuedAt: '발급일',
  code: '확인 코드',
  verifyAt: '확인 주소',
  verifyNote:
    '이 확인서를 받은 분은 위 주소에서 진위를 확인할 수 있으며, 이름·회의·참석 시간이 확인됩니다.',
  notAccreditation:
    '이 확인서는 참석 사실만을 확인합니다. 공인된 연수 인정서가 아니며, 연수 평점 인정 여부는 해당 의사 단체가 결정합니다.',
};

export const CERTIFICATE_LABELS: Record<Locale, CertificateLabels> = { en: EN, de: DE, ko: KO };

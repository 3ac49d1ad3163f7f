import type {
  LetterAvailability,
  Locale,
  MinutesCase,
  MinutesContent,
  RecommendationContent,
  Tally,
} from '@konsil/shared';
import type { SignedMinutesRecord } from '../storage/repositories/minutes';

/** One person's disagreement with the recommendation, as the signed minutes record it. */
export interface Dissent {
  name: string;
  institutionCode: string;
  note: string;
}

/**
 * What a letter to the referring physician says: the case exactly as the latest signed
 * minutes record it, the signed version that certifies it, and — for a reader at the
 * case's home institution who may see it — the home reference, looked up live.
 */
export interface CaseLetter {
  locale: Locale;
  /** The reader's institution's zone: every time in the letter is in it, and named. */
  timeZone: string;
  issuedAt: string;
  board: Pick<MinutesContent['board'], 'title' | 'host' | 'institutions'> & { heldAt: string };
  patient: {
    pseudonym: string;
    homeInstitution: { code: string; name: string };
    homeReference: string | null;
  };
  diagnosis: string | null;
  stage: string | null;
  question: string;
  recommendation: RecommendationContent;
  /** The version the board's positions judged (null in minutes signed before versions were kept). */
  recommendationVersion: number | null;
  tally: Tally;
  dissent: Dissent[];
  /** Positions stated on an earlier version of the recommendation: recorded, not counted. */
  positionsOnEarlierVersions: number;
  minutes: Pick<SignedMinutesRecord, 'version' | 'contentHash' | 'signedBy' | 'signedAt'> & {
    amendmentReason: string | null;
  };
}

export interface LetterReader {
  locale: Locale;
  timeZone: string;
  /** Only when the reader may see it (`case:readHomeReference`); otherwise null. */
  homeReference: string | null;
  issuedAt: string;
}

/** The case as `latest` records it, if it was decided there with a recommendation. */
function decidedCaseOf(
  latest: SignedMinutesRecord,
  caseId: string,
): (MinutesCase & { recommendation: RecommendationContent }) | null {
  const item = latest.content.cases.find((entry) => entry.caseId === caseId);
  if (item?.status !== 'decided' || !item.recommendation) return null;
  return { ...item, recommendation: item.recommendation };
}

/**
 * Whether a case has a letter: the board's minutes must be signed, and the case must be
 * decided, with a recommendation, in the latest signed version.
 */
export function letterAvailabilityOf(
  latest: SignedMinutesRecord | undefined,
  caseId: string,
): LetterAvailability {
  if (!latest) return { isAvailable: false, reason: 'minutes_not_signed' };
  if (!decidedCaseOf(latest, caseId)) return { isAvailable: false, reason: 'letter_not_available' };
  return { isAvailable: true, minutesVersion: latest.version, contentHash: latest.contentHash };
}

/**
 * Counted positions are those on the judged version; minutes signed before versions
 * were recorded counted every position, and so does their letter.
 */
function isCounted(item: MinutesCase, entry: MinutesCase['positions'][number]): boolean {
  return (
    item.recommendationVersion == null || entry.recommendationVersion === item.recommendationVersion
  );
}

/** The letter of a case decided in `latest`; null when it has none (see `letterAvailabilityOf`). */
export function caseLetterOf(
  latest: SignedMinutesRecord,
  caseId: string,
  reader: LetterReader,
): CaseLetter | null {
  const item = decidedCaseOf(latest, caseId);
  if (!item) return null;
  const { board } = latest.content;
  const home = board.institutions.find((entry) => entry.code === item.homeInstitutionCode);
  const counted = item.positions.filter((entry) => isCounted(item, entry));
  return {
    locale: reader.locale,
    timeZone: reader.timeZone,
    issuedAt: reader.issuedAt,
    board: {
      title: board.title,
      host: board.host,
      institutions: board.institutions,
      heldAt: board.startedAt ?? board.startsAt,
    },
    patient: {
      pseudonym: item.pseudonym,
      homeInstitution: {
        code: item.homeInstitutionCode,
        name: home?.name ?? item.homeInstitutionCode,
      },
      homeReference: reader.homeReference,
    },
    diagnosis: item.diagnosis,
    stage: item.stage,
    question: item.question,
    recommendation: item.recommendation,
    recommendationVersion: item.recommendationVersion ?? null,
    tally: item.tally,
    dissent: counted
      .filter((entry) => entry.position === 'disagree')
      .map(({ name, institutionCode, note }) => ({ name, institutionCode, note })),
    positionsOnEarlierVersions: item.positions.length - counted.length,
    minutes: {
      version: latest.version,
      contentHash: latest.contentHash,
      signedBy: latest.signedBy,
      signedAt: latest.signedAt,
      amendmentReason: latest.amendmentReason,
    },
  };
}

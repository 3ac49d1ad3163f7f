import { formatCertificateCode, type Locale, type TumorEntity } from '@konsil/shared';
import { DomainError } from '../errors/domainError';
import { belongsInMinutes } from '../minutes/generateMinutes';
import type { Db } from '../storage/db';
import type { BoardRecord } from '../storage/repositories/boards';
import { listCasesOfBoard } from '../storage/repositories/cases';
import {
  type CertificateRecord,
  findCertificate,
  issueCertificate,
} from '../storage/repositories/certificates';
import { boardTimes } from '../storage/repositories/minutes';
import type { UserRecord } from '../storage/repositories/users';
import { attendedTimes } from './attendedTime';
import { newCertificateCode } from './certificateCode';
import { discussedCaseCount, discussedEntities } from './discussedEntities';

interface InstitutionName {
  code: string;
  name: string;
}

/** What a certificate of attendance states, in its holder's language and zone. */
export interface AttendanceCertificate {
  locale: Locale;
  /** The holder's institution's zone: every time on the certificate is in it, and named. */
  timeZone: string;
  /** XXXX-XXXX-XXXX */
  code: string;
  verifyUrl: string;
  holder: { name: string; institution: InstitutionName };
  board: { title: string; startedAt: string; endedAt: string; institutions: InstitutionName[] };
  minutesAttended: number;
  entities: TumorEntity[];
  casesDiscussed: number;
  /** The board's host institution. */
  issuer: InstitutionName;
  issuedAt: string;
}

/** When the board ran: its recorded start and end (an ended board that never went live ran not at all). */
export async function heldTimes(db: Db, board: BoardRecord) {
  const times = await boardTimes(db, board.id);
  const endedAt = times.endedAt ?? board.startsAt;
  return { startedAt: times.startedAt ?? endedAt, endedAt };
}

export function hostOf(board: BoardRecord): InstitutionName {
  const host = board.institutions.find((entry) => entry.id === board.hostInstitutionId);
  return host ? { code: host.code, name: host.name } : { code: '', name: '' };
}

/**
 * The holder's certificate for an ended board they attended: issued (with a new code and the
 * minutes attended) on the first request, the stored one on every later request.
 * Refuses `board_not_ended` and `not_attended` (409).
 */
export async function obtainCertificate(
  db: Db,
  board: BoardRecord,
  user: UserRecord,
  issuedAt: string,
): Promise<CertificateRecord> {
  if (board.status !== 'ended') throw new DomainError('board_not_ended');
  const existing = await findCertificate(db, board.id, user.id);
  if (existing) return existing;
  const attended = (await attendedTimes(db, board.id)).get(user.id);
  // Someone whose every stay was a glance (under a minute) attended no span.
  if (!attended?.firstJoinedAt) throw new DomainError('not_attended');
  return issueCertificate(db, {
    code: newCertificateCode(),
    boardId: board.id,
    userId: user.id,
    minutesAttended: attended.minutes,
    issuedAt,
  });
}

/** The certificate's content; entities only of the cases the minutes may show everyone. */
export async function attendanceCertificateOf(
  db: Db,
  board: BoardRecord,
  holder: UserRecord,
  certificate: CertificateRecord,
  options: { locale: Locale; verifyUrl: string },
): Promise<AttendanceCertificate> {
  const [times, cases] = await Promise.all([heldTimes(db, board), listCasesOfBoard(db, board.id)]);
  const shown = cases.filter((item) => belongsInMinutes(board, item));
  return {
    locale: options.locale,
    timeZone: holder.institution.timeZone,
    code: formatCertificateCode(certificate.code),
    verifyUrl: options.verifyUrl,
    holder: {
      name: holder.name,
      institution: { code: holder.institution.code, name: holder.institution.name },
    },
    board: {
      title: board.title,
      ...times,
      institutions: board.institutions.map(({ code, name }) => ({ code, name })),
    },
    minutesAttended: certificate.minutesAttended,
    entities: discussedEntities(shown, board.tumorEntity),
    casesDiscussed: discussedCaseCount(shown),
    issuer: hostOf(board),
    issuedAt: certificate.issuedAt,
  };
}

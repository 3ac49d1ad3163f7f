import {
  type CertificateVerification,
  formatCertificateCode,
  type MyCertificate,
} from '@konsil/shared';
import type { Actor } from '../policies/can';
import { can } from '../policies/can';
import { boardScopeOf } from '../policies/scopes';
import type { Db } from '../storage/db';
import { findBoard } from '../storage/repositories/boards';
import {
  type CertificateRecord,
  listAttendedBoardIds,
  listCertificatesOfUser,
} from '../storage/repositories/certificates';
import { findUserById } from '../storage/repositories/users';
import { heldTimes, hostOf } from './attendanceCertificate';
import { attendedTimes } from './attendedTime';

/**
 * What a certificate's code confirms to anyone who holds it: who, which board, how long,
 * when and by whom it was issued. Nothing clinical — no entities, no cases — since the
 * answer goes to people outside the board.
 */
export async function verificationOf(
  db: Db,
  certificate: CertificateRecord,
): Promise<{ verification: CertificateVerification; issuerInstitutionId: string } | null> {
  const [board, holder] = await Promise.all([
    findBoard(db, certificate.boardId),
    findUserById(db, certificate.userId),
  ]);
  if (!board || !holder) return null;
  const times = await heldTimes(db, board);
  const verification: CertificateVerification = {
    code: formatCertificateCode(certificate.code),
    holder: {
      name: holder.name,
      institution: { code: holder.institution.code, name: holder.institution.name },
    },
    board: { title: board.title, ...times, timeZone: holder.institution.timeZone },
    minutesAttended: certificate.minutesAttended,
    issuedAt: certificate.issuedAt,
    issuer: hostOf(board),
  };
  return { verification, issuerInstitutionId: board.hostInstitutionId };
}

/**
 * The ended boards this person attended and may still see, each with the minutes their
 * certificate states (or would state) and its code once issued.
 */
export async function myCertificatesOf(db: Db, actor: Actor): Promise<MyCertificate[]> {
  const [boardIds, issued] = await Promise.all([
    listAttendedBoardIds(db, actor.id),
    listCertificatesOfUser(db, actor.id),
  ]);
  const issuedByBoard = new Map(issued.map((entry) => [entry.boardId, entry]));
  const result: MyCertificate[] = [];
  for (const boardId of boardIds) {
    const board = await findBoard(db, boardId);
    if (board?.status !== 'ended' || !can(actor, 'board:read', boardScopeOf(board))) continue;
    const certificate = issuedByBoard.get(boardId);
    if (certificate) {
      result.push({
        boardId,
        minutesAttended: certificate.minutesAttended,
        code: formatCertificateCode(certificate.code),
      });
      continue;
    }
    const attended = (await attendedTimes(db, boardId)).get(actor.id);
    if (!attended?.firstJoinedAt) continue;
    result.push({ boardId, minutesAttended: attended.minutes, code: null });
  }
  return result;
}

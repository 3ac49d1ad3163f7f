import { type CreateBoardInput, instantFromWallClock } from '@konsil/shared';
import { HttpError } from '../http/httpError';
import type { Db } from '../storage/db';
import type { BoardFields } from '../storage/repositories/boards';
import { listInstitutions, listInvitableUsers } from '../storage/repositories/directory';

/**
 * Turns validated board input into stored fields, checking what only the
 * database knows: the institutions exist, the invitees belong to them, and
 * the entered wall time exists in its zone. The board's zone is the host's.
 */
export async function resolveBoardFields(db: Db, input: CreateBoardInput): Promise<BoardFields> {
  const startsAt = instantFromWallClock(input.start.local, input.start.timeZone);
  if (!startsAt) {
    throw new HttpError(400, 'invalid_start_time', undefined, {
      fields: [
        {
          path: 'start.local',
          message: `${input.start.local} does not exist in ${input.start.timeZone}`,
        },
      ],
    });
  }
  const institutions = await listInstitutions(db);
  const known = new Map(institutions.map((institution) => [institution.id, institution]));
  const unknown = input.institutionIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new HttpError(400, 'validation_failed', undefined, {
      fields: [{ path: 'institutionIds', message: 'Unknown institution' }],
    });
  }
  const invitable = new Set(
    (await listInvitableUsers(db, input.institutionIds)).map((user) => user.id),
  );
  const strangers = input.participantIds.filter((id) => !invitable.has(id));
  if (strangers.length > 0) {
    throw new HttpError(400, 'validation_failed', undefined, {
      fields: [
        {
          path: 'participantIds',
          message: 'Participants must be active users of the participating institutions',
        },
      ],
    });
  }
  const host = known.get(input.hostInstitutionId);
  if (!host)
    throw new HttpError(400, 'validation_failed', undefined, {
      fields: [{ path: 'hostInstitutionId', message: 'Unknown institution' }],
    });
  return {
    title: input.title,
    tumorEntity: input.tumorEntity,
    startsAt: startsAt.toISOString(),
    timeZone: host.timeZone,
    durationMinutes: input.durationMinutes,
    hostInstitutionId: input.hostInstitutionId,
    videoUrl: input.videoUrl,
    institutionIds: input.institutionIds,
    participantIds: input.participantIds,
  };
}

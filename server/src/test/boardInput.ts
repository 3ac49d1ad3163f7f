import {
  type BoardDetail,
  type CreateBoardInput,
  localDateAndTime,
  type UpdateBoardInput,
} from '@konsil/shared';
import type { Db } from '../storage/db';
import type { DemoInstitutionCode } from '../storage/seed/demoUsers';
import { institutionIdOf, userIdOf } from './queries';

export interface BoardInputOptions {
  host: DemoInstitutionCode;
  guests?: DemoInstitutionCode[];
  /** Emails of the invited participants. */
  invited?: string[];
  title?: string;
  start?: { local: string; timeZone: string };
  durationMinutes?: number;
  videoUrl?: string | null;
}

/** What the board form sends to POST /api/boards: the product brief's joint thoracic board. */
export async function newBoardInput(db: Db, options: BoardInputOptions): Promise<CreateBoardInput> {
  const hostInstitutionId = await institutionIdOf(db, options.host);
  const institutionIds = [hostInstitutionId];
  for (const code of options.guests ?? []) institutionIds.push(await institutionIdOf(db, code));
  const participantIds: string[] = [];
  for (const email of options.invited ?? []) participantIds.push(await userIdOf(db, email));
  return {
    title: options.title ?? 'Joint Thoracic Tumor Board',
    tumorEntity: 'thoracic',
    start: options.start ?? { local: '2026-12-03T08:00', timeZone: 'Europe/Berlin' },
    durationMinutes: options.durationMinutes ?? 90,
    hostInstitutionId,
    institutionIds,
    videoUrl:
      options.videoUrl === undefined ? 'https://meet.example.org/thoracic-board' : options.videoUrl,
    participantIds,
  };
}

/** What the edit form sends back for a loaded board, with some fields changed. */
export function boardUpdate(
  board: BoardDetail,
  changes: Partial<UpdateBoardInput> = {},
): UpdateBoardInput {
  const { date, time } = localDateAndTime(new Date(board.startsAt), board.timeZone);
  return {
    title: board.title,
    tumorEntity: board.tumorEntity,
    start: { local: `${date}T${time}`, timeZone: board.timeZone },
    durationMinutes: board.durationMinutes,
    hostInstitutionId: board.hostInstitution.id,
    institutionIds: board.institutions.map((institution) => institution.id),
    videoUrl: board.videoUrl,
    participantIds: board.participants.map((participant) => participant.id),
    version: board.version,
    ...changes,
  };
}

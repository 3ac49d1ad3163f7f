import { randomUUID } from 'node:crypto';
import type { CaseContent } from '@konsil/shared';
import type { Db } from '../storage/db';
import { lungCase } from './caseContent';
import { buildBoard, buildCase } from './factories';
import {
  COORDINATOR_BERLIN,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
} from './minutesBoard';
import { institutionIdOf, userIdOf } from './queries';
import type { TestServer } from './testServer';

/** The board ran 09:00–10:00 in Berlin (CET), 17:00–18:00 in Seoul, on 3 December 2026. */
export const BOARD_STARTED_AT = '2026-12-03T08:00:00.000Z';
export const BOARD_ENDED_AT = '2026-12-03T09:00:00.000Z';

const at = (hhmmss: string) => `2026-12-03T${hhmmss}.000Z`;

/**
 * Stays as the live board records them, and what the minutes make of them:
 * - the Berlin oncologist joins before the start (clipped to 08:00), reconnects after a minute
 *   (merged), leaves, comes back after ten minutes and stays past the end (clipped): 40 + 10 = 50;
 * - the Seoul oncologist stays 45 minutes;
 * - the Berlin observer only glanced in (30 seconds): no span, so not attended;
 * - the Berlin coordinator, not invited, ran the whole hour: 60.
 */
const STAYS: [email: string, from: string, to: string][] = [
  [ONCOLOGIST_BERLIN, at('07:55:00'), at('08:20:00')],
  [ONCOLOGIST_BERLIN, at('08:21:00'), at('08:40:00')],
  [ONCOLOGIST_BERLIN, at('08:50:00'), at('09:10:00')],
  [ONCOLOGIST_SEOUL, at('08:10:00'), at('08:55:00')],
  [OBSERVER_BERLIN, at('08:30:00'), at('08:30:30')],
  [COORDINATOR_BERLIN, at('08:00:00'), at('09:00:00')],
];

/** A case with this ICD-10 code (the rest a complete lung case). */
function diagnosed(code: string, text: string): Partial<CaseContent> {
  const base = lungCase('CCCC');
  return { diagnosis: { ...base.diagnosis, icd10: { system: 'ICD-10-GM', code, text } } };
}

async function addStay(db: Db, boardId: string, email: string, from: string, to: string) {
  const userId = await userIdOf(db, email);
  const user = await db
    .selectFrom('users')
    .select('institution_id')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('attendance')
    .values({
      id: randomUUID(),
      board_id: boardId,
      user_id: userId,
      institution_id: user.institution_id,
      joined_at: from,
      left_at: to,
    })
    .execute();
}

/**
 * A joint Berlin–Seoul board, ended, with the stays above and four cases: a decided lung case
 * (thoracic) and a deferred breast case (breast) were discussed; a colon case not reached
 * (not discussed) and a decided prostate case without consent (never in shared papers) were not
 * — their entities must appear nowhere.
 */
export async function attendedBoard(server: TestServer, title = `Joint board ${randomUUID()}`) {
  const { db } = server;
  const board = await buildBoard(db, {
    host: 'CCCC',
    guests: ['SCCC'],
    invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL, OBSERVER_BERLIN],
    title,
    status: 'ended',
    startsAt: BOARD_STARTED_AT,
    durationMinutes: 60,
  });
  await db
    .updateTable('boards')
    .set({ started_at: BOARD_STARTED_AT, ended_at: BOARD_ENDED_AT })
    .where('id', '=', board.id)
    .execute();
  for (const [email, from, to] of STAYS) await addStay(db, board.id, email, from, to);
  await buildCase(db, { board, home: 'CCCC', status: 'decided' });
  await buildCase(db, {
    board,
    home: 'SCCC',
    status: 'deferred',
    content: diagnosed('C50.4', 'Bösartige Neubildung der Brustdrüse'),
  });
  await buildCase(db, {
    board,
    home: 'CCCC',
    status: 'not_discussed',
    content: diagnosed('C18.7', 'Bösartige Neubildung: Colon sigmoideum'),
  });
  await buildCase(db, {
    board,
    home: 'CCCC',
    status: 'decided',
    consent: false,
    content: diagnosed('C61', 'Bösartige Neubildung der Prostata'),
  });
  return { board, hostInstitutionId: await institutionIdOf(db, 'CCCC') };
}

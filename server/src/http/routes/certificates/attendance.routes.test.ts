import { afterEach, beforeEach, expect, it } from 'vitest';
import { signIn } from '../../../test/api';
import { attendedBoard } from '../../../test/certificateBoard';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard } from '../../../test/factories';
import {
  COORDINATOR_BERLIN,
  COORDINATOR_SEOUL,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_VIENNA,
} from '../../../test/minutesBoard';
import { ADMIN_BERLIN } from '../../../test/notesBoard';
import { auditRows, userIdOf } from '../../../test/queries';
import { expectError, expectSameAsMissing } from '../../../test/refusals';
import { startTestServer, type TestServer } from '../../../test/testServer';

const MISSING_BOARD = '5b0e0f5e-8a8c-4c8e-9b7e-3f3c2d1e0a99';
/** What a spreadsheet would run as a formula, were it not defused. */
const FORMULA_NAME = '=HYPERLINK("https://evil.example","Mia, \'Schulz\'")';

describeEachDatabase('attendance CSV', (dialect) => {
  let server: TestServer;
  let board: Awaited<ReturnType<typeof attendedBoard>>['board'];

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    ({ board } = await attendedBoard(server));
  });

  afterEach(async () => {
    await server.close();
  });

  const csvPath = (boardId = board.id) => `/api/boards/${boardId}/attendance.csv`;

  it('lists every participant with merged times in UTC and their own zone, and codes once issued', async () => {
    await server.db
      .updateTable('users')
      .set({ name: FORMULA_NAME })
      .where('id', '=', await userIdOf(server.db, OBSERVER_BERLIN))
      .execute();
    const berlin = await signIn(server, ONCOLOGIST_BERLIN);
    const certificate = await berlin.getBytes(`/api/boards/${board.id}/certificate.pdf`);
    const code = /certificate-([0-9A-Z-]{14})-/.exec(
      certificate.headers.get('content-disposition') ?? '',
    )?.[1];

    const seoulCoordinator = await signIn(server, COORDINATOR_SEOUL);
    const response = await seoulCoordinator.get(csvPath());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="attendance-${board.id}.csv"`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(
      await (await fetchRaw(server, seoulCoordinator, csvPath())).arrayBuffer(),
    );
    // The byte-order mark, so spreadsheets read Hangul and umlauts as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const charite = 'Charité Comprehensive Cancer Center';
    expect(response.text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'name,institution,specialty,time_zone,first_joined_utc,first_joined_local,last_left_utc,last_left_local,minutes_attended,certificate_code',
      // By name within the institution ("=" sorts first). Invited, only glanced in: no time.
      // The formula is defused with an apostrophe, the quotes doubled.
      `"'=HYPERLINK(""https://evil.example"",""Mia, 'Schulz'"")",${charite},,Europe/Berlin,,,,,0,`,
      // Not invited, ran the whole hour.
      `Anna Berger,${charite},,Europe/Berlin,2026-12-03T08:00:00.000Z,2026-12-03 09:00,2026-12-03T09:00:00.000Z,2026-12-03 10:00,60,`,
      // Joined before the start and stayed past the end: clipped; a one-minute reconnect merged.
      `Dr. Jonas Weber,${charite},medical_oncology,Europe/Berlin,2026-12-03T08:00:00.000Z,2026-12-03 09:00,2026-12-03T09:00:00.000Z,2026-12-03 10:00,50,${code}`,
      'Dr. 김민준 (Kim Min-jun),Samsung Comprehensive Cancer Center,medical_oncology,Asia/Seoul,2026-12-03T08:10:00.000Z,2026-12-03 17:10,2026-12-03T08:55:00.000Z,2026-12-03 17:55,45,',
      '',
    ]);

    const rows = await auditRows(server.db, { action: 'attendance.exported' });
    expect(rows.map((row) => [row.actor_user_id, row.object_id, row.outcome])).toEqual([
      [await userIdOf(server.db, COORDINATOR_SEOUL), board.id, 'allowed'],
      [await userIdOf(server.db, COORDINATOR_SEOUL), board.id, 'allowed'],
    ]);
  });

  it('is for coordinators of the board’s institutions: others who see the board get 403, the rest the 404 of a missing board', async () => {
    const berlinCoordinator = await signIn(server, COORDINATOR_BERLIN);
    expect((await berlinCoordinator.get(csvPath())).status).toBe(200);

    for (const email of [ONCOLOGIST_BERLIN, OBSERVER_BERLIN, ADMIN_BERLIN]) {
      const client = await signIn(server, email);
      expectError(await client.get(csvPath()), 403, 'forbidden', {}, email);
    }
    const vienna = await signIn(server, ONCOLOGIST_VIENNA);
    expectSameAsMissing(await vienna.get(csvPath()), await vienna.get(csvPath(MISSING_BOARD)));
    expectError(await server.client().get(csvPath()), 401, 'unauthenticated');

    const refused = await auditRows(server.db, { action: 'access.refused', objectId: board.id });
    expect(refused.map((row) => row.actor_user_id)).toEqual(
      expect.arrayContaining([await userIdOf(server.db, ONCOLOGIST_BERLIN)]),
    );
    expect(await auditRows(server.db, { action: 'attendance.exported' })).toHaveLength(1);
  });

  it('answers 409 board_not_ended while the board is still to come or live', async () => {
    const live = await buildBoard(server.db, { host: 'CCCC', guests: ['SCCC'], status: 'live' });
    const seoulCoordinator = await signIn(server, COORDINATOR_SEOUL);
    expectError(await seoulCoordinator.get(csvPath(live.id)), 409, 'board_not_ended');
    expect(await auditRows(server.db, { action: 'attendance.exported' })).toHaveLength(0);
  });
});

/** The response's raw bytes (TestClient decodes text, which drops the byte-order mark). */
function fetchRaw(server: TestServer, client: { cookieHeader: string }, path: string) {
  return fetch(`${server.baseUrl}${path}`, {
    headers: { origin: server.baseUrl, cookie: client.cookieHeader },
  });
}

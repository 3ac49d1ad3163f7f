import { SearchResponseSchema } from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard, buildCase } from '../../../test/factories';
import { joinAs } from '../../../test/liveClient';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';

const PLANNED = '2026-12-10T15:00:00.000Z';
const NEVER_RUN_PLANNED = '2026-12-17T07:00:00.000Z';
/** The test clock's start: a week before the board was planned. */
const HELD = '2026-12-03T07:00:00.000Z';

describeEachDatabase('search results name when a board was held', (dialect) => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });

  afterEach(async () => {
    await server.close();
  });

  const search = async (client: TestClient, q: string) => {
    const response = await client.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(response.status, q).toBe(200);
    return SearchResponseSchema.parse(response.body).results;
  };

  const jointBoard = (startsAt: string) =>
    buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_SEOUL],
      startsAt,
    });

  it('gives the day a board was started, beside the day it was planned, through its end', async () => {
    const held = await jointBoard(PLANNED);
    const heldCase = await buildCase(server.db, { board: held, home: 'SCCC' });
    const chair = await joinAs(server, COORDINATOR_BERLIN, held.id);
    try {
      // Started a week ahead of the plan (confirmed), ended two hours later.
      await chair.ok('board:start', { boardId: held.id, confirmEarly: true });
      server.clock.advanceHours(2);
      await chair.ok('board:end', { boardId: held.id });
    } finally {
      chair.close();
    }

    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    const [result, ...others] = await search(seoul, heldCase.pseudonym);
    expect(others).toEqual([]);
    expect(result).toMatchObject({
      boardId: held.id,
      caseId: heldCase.id,
      boardStartsAt: PLANNED,
      boardStartedAt: HELD,
    });
  });

  it('gives no held day for a board that never ran, only the planned one', async () => {
    const neverRun = await jointBoard(NEVER_RUN_PLANNED);
    const item = await buildCase(server.db, { board: neverRun, home: 'SCCC' });

    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    expect(await search(seoul, item.pseudonym)).toEqual([
      expect.objectContaining({
        boardId: neverRun.id,
        boardStartsAt: NEVER_RUN_PLANNED,
        boardStartedAt: null,
      }),
    ]);
  });

  it('gives a board that is live now the moment it went live', async () => {
    const live = await jointBoard(PLANNED);
    const item = await buildCase(server.db, { board: live, home: 'SCCC' });
    server.clock.setTo('2026-12-10T14:45:00.000Z');
    const chair = await joinAs(server, COORDINATOR_BERLIN, live.id);
    try {
      // A quarter of an hour early needs no confirmation.
      await chair.ok('board:start', { boardId: live.id });
    } finally {
      chair.close();
    }
    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    expect(await search(seoul, item.pseudonym)).toEqual([
      expect.objectContaining({
        boardStartsAt: PLANNED,
        boardStartedAt: '2026-12-10T14:45:00.000Z',
      }),
    ]);
  });
});

import { afterEach, beforeEach, expect, it } from 'vitest';
import { boardOf, signIn } from '../test/api';
import { boardUpdate, newBoardInput } from '../test/boardInput';
import { describeEachDatabase } from '../test/databases';
import { startTestServer, type TestServer } from '../test/testServer';

// Analytics group boards by the date they take place where they are held; portable SQL cannot
// convert zones, so the date is stored with the start and must follow every change of it.
describeEachDatabase('local start date of a board', (dialect) => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });

  afterEach(async () => {
    await server.close();
  });

  const stored = async (boardId: string) =>
    server.db
      .selectFrom('boards')
      .select(['starts_at', 'local_start_date'])
      .where('id', '=', boardId)
      .executeTakeFirstOrThrow();

  it('is the Seoul date of a Seoul morning board, and moves with an edit of start or zone', async () => {
    const seoul = await signIn(server, 'coordinator.seoul@konsil.test');
    const input = await newBoardInput(server.db, {
      host: 'SCCC',
      guests: ['CCCC'],
      start: { local: '2027-02-01T08:00', timeZone: 'Asia/Seoul' },
    });
    const created = boardOf(await seoul.post('/api/boards', input));
    expect(await stored(created.id)).toEqual({
      starts_at: '2027-01-31T23:00:00.000Z',
      local_start_date: '2027-02-01',
    });

    const moved = await seoul.put(
      `/api/boards/${created.id}`,
      boardUpdate(created, { start: { local: '2027-02-01T08:00', timeZone: 'Europe/Berlin' } }),
    );
    expect(moved.status).toBe(200);
    expect(await stored(created.id)).toEqual({
      starts_at: '2027-02-01T07:00:00.000Z',
      local_start_date: '2027-02-01',
    });

    const later = boardOf(moved);
    await seoul.put(
      `/api/boards/${created.id}`,
      boardUpdate(later, { start: { local: '2027-03-01T00:30', timeZone: 'Asia/Seoul' } }),
    );
    expect(await stored(created.id)).toEqual({
      starts_at: '2027-02-28T15:30:00.000Z',
      local_start_date: '2027-03-01',
    });
  });
});

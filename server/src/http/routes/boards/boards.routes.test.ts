import { BoardListSchema } from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiError, signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard } from '../../../test/factories';
import { institutionIdOf } from '../../../test/queries';
import { startTestServer, type TestServer } from '../../../test/testServer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describeEachDatabase('boards API', (dialect) => {
  let server: TestServer;
  let berlinSeoul: { id: string; title: string };
  let viennaOnly: { id: string; title: string };

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    berlinSeoul = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: ['oncologist.seoul@konsil.test'],
      title: 'Berlin–Seoul thoracic board',
      startsAt: '2026-12-10T08:00:00.000Z',
    });
    viennaOnly = await buildBoard(server.db, {
      host: 'VCCC',
      invited: ['oncologist.vienna@konsil.test'],
      title: 'Vienna sarcoma board',
      timeZone: 'Europe/Vienna',
      startsAt: '2026-12-11T13:00:00.000Z',
    });
  });

  afterEach(async () => {
    await server.close();
  });

  async function boardTitlesFor(email: string) {
    const client = await signIn(server, email);
    const response = await client.get('/api/boards');
    expect(response.status, email).toBe(200);
    return BoardListSchema.parse(response.body).boards.map((board) => board.title);
  }

  it.each([
    ['coordinator.berlin@konsil.test', 'coordinator of the host'],
    ['admin.berlin@konsil.test', 'admin of the host'],
    ['coordinator.seoul@konsil.test', 'coordinator of the guest'],
    ['admin.seoul@konsil.test', 'admin of the guest'],
    ['oncologist.seoul@konsil.test', 'invited clinician'],
  ])('shows the Berlin–Seoul board to %s (%s)', async (email) => {
    expect(await boardTitlesFor(email)).toEqual([berlinSeoul.title]);
  });

  it.each([
    ['surgeon.berlin@konsil.test', 'uninvited clinician of the host'],
    ['observer.berlin@konsil.test', 'uninvited observer of the host'],
    ['radiologist.seoul@konsil.test', 'uninvited clinician of the guest'],
  ])('hides it from %s (%s)', async (email) => {
    expect(await boardTitlesFor(email)).toEqual([]);
  });

  it("hides it from Vienna's clinician, who sees only their own board", async () => {
    expect(await boardTitlesFor('oncologist.vienna@konsil.test')).toEqual([viennaOnly.title]);
  });

  it('lists boards in the shape of the shared contract, with UUIDs and the host first-class', async () => {
    const coordinator = await signIn(server, 'coordinator.berlin@konsil.test');
    await buildBoard(server.db, {
      host: 'CCCC',
      title: 'Berlin breast board',
      tumorEntity: 'breast',
      startsAt: '2026-12-09T12:00:00.000Z',
    });

    const response = await coordinator.get('/api/boards');

    expect(response.status).toBe(200);
    const { boards } = BoardListSchema.parse(response.body);
    expect(boards.map((board) => board.title)).toEqual([
      'Berlin breast board',
      'Berlin–Seoul thoracic board',
    ]);
    expect(boards[0]?.tumorEntity).toBe('breast');
    const board = boards[1];
    expect(board).toEqual({
      id: berlinSeoul.id,
      title: berlinSeoul.title,
      tumorEntity: 'thoracic',
      status: 'scheduled',
      startsAt: '2026-12-10T08:00:00.000Z',
      timeZone: 'Europe/Berlin',
      durationMinutes: 90,
      minutesVersion: null,
      hostInstitution: {
        id: await institutionIdOf(server.db, 'CCCC'),
        code: 'CCCC',
        name: 'Charité Comprehensive Cancer Center',
        timeZone: 'Europe/Berlin',
      },
      institutions: [
        expect.objectContaining({ code: 'CCCC' }),
        expect.objectContaining({ code: 'SCCC', timeZone: 'Asia/Seoul' }),
      ],
    });
    const ids = boards.flatMap((b) => [b.id, ...b.institutions.map((i) => i.id)]);
    for (const id of ids) expect(id).toMatch(UUID);
  });

  it('refuses the list without a session', async () => {
    expect(apiError(await server.client().get('/api/boards'))).toMatchObject({
      status: 401,
      id: 'unauthenticated',
    });
  });
});

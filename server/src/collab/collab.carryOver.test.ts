import { CLOSE_CODES } from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { withdrawConsent } from '../test/accessChanges';
import { signIn } from '../test/api';
import {
  addParagraph,
  type NotesClient,
  openSyncedNotes,
  storedContent,
} from '../test/collabClient';
import { describeEachDatabase } from '../test/databases';
import { buildBoard, buildCase } from '../test/factories';
import {
  COORDINATOR_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  RADIOLOGIST_SEOUL,
} from '../test/notesBoard';
import { startTestServer, type TestServer } from '../test/testServer';

describeEachDatabase('collaborative notes of a case carried over', (dialect) => {
  let server: TestServer;
  const clients: NotesClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  async function open(email: string, caseId: string) {
    const client = await openSyncedNotes(await signIn(server, email), caseId, { label: email });
    clients.push(client);
    return client;
  }

  it('follow the case: readers of the old board only are closed, and the new board’s changes reach the rest', async () => {
    const joint = { host: 'CCCC' as const, guests: ['SCCC' as const] };
    const source = await buildBoard(server.db, {
      ...joint,
      invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL, RADIOLOGIST_SEOUL],
      startsAt: '2026-12-10T15:00:00.000Z',
      status: 'ended',
    });
    // Seoul's radiologist is not invited to the next board.
    const target = await buildBoard(server.db, {
      ...joint,
      invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL],
      startsAt: '2026-12-17T15:00:00.000Z',
    });
    const item = await buildCase(server.db, {
      board: source,
      home: 'CCCC',
      status: 'not_discussed',
    });
    const berlin = await open(ONCOLOGIST_BERLIN, item.id);
    const seoul = await open(ONCOLOGIST_SEOUL, item.id);
    const radiologist = await open(RADIOLOGIST_SEOUL, item.id);

    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    const moved = await coordinator.post(`/api/boards/${source.id}/cases/${item.id}/carry-over`, {
      toBoardId: target.id,
    });
    expect(moved.status).toBe(200);
    expect(await radiologist.closed()).toBe(CLOSE_CODES.notFound);

    // The notes go on being written on the new board.
    addParagraph(berlin.doc, 'Carried over with its notes');
    await expect
      .poll(() => storedContent(server.db, item.id), { timeout: 5_000 })
      .toContain('Carried over with its notes');

    // A change on the new board now concerns these connections: consent withdrawn there
    // closes Seoul's notes at once.
    await withdrawConsent(server, { boardId: target.id, caseId: item.id }, ONCOLOGIST_BERLIN);
    expect(await seoul.closed(2_000)).toBe(CLOSE_CODES.notFound);
    expect(berlin.closeCodes).toEqual([]);
  });
});

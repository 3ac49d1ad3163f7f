import { EMPTY_RECOMMENDATION } from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { boardOf, caseOf } from '../test/api';
import { describeEachDatabase } from '../test/databases';
import { buildBoard, buildCase } from '../test/factories';
import { type JoinedClient, joinAs } from '../test/liveClient';
import { startTestServer, type TestServer } from '../test/testServer';

const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
const OBSERVER_BERLIN = 'observer.berlin@konsil.test';
const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';

/**
 * A case's status on the live board (the chip on its card, its place on the agenda) changes for
 * everyone in the room as soon as a coordinator closes it: every participant is told the agenda
 * changed, and what they then fetch says how the case ended.
 */
describeEachDatabase('a case closed during the live board', (dialect) => {
  let server: TestServer;
  let board: { id: string };
  let shared: { id: string };
  let homeOnly: { id: string };
  let everyone: JoinedClient[];

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    board = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, OBSERVER_BERLIN, ONCOLOGIST_SEOUL],
      status: 'live',
    });
    shared = await buildCase(server.db, { board, home: 'CCCC', status: 'ready' });
    homeOnly = await buildCase(server.db, { board, home: 'CCCC', status: 'ready', consent: false });
    everyone = [];
    for (const email of [
      COORDINATOR_BERLIN,
      ONCOLOGIST_BERLIN,
      OBSERVER_BERLIN,
      ONCOLOGIST_SEOUL,
    ]) {
      everyone.push(await joinAs(server, email, board.id));
    }
  });

  afterEach(async () => {
    for (const client of everyone) client.close();
    await server.close();
  });

  const casePath = (caseId: string, tail: string) =>
    `/api/boards/${board.id}/cases/${caseId}/${tail}`;

  /** The agenda entry of a case as this participant fetches it, or undefined when not theirs. */
  async function agendaEntry(client: JoinedClient, caseId: string) {
    const response = await client.browser.get(`/api/boards/${board.id}`);
    expect(response.status).toBe(200);
    return boardOf(response).cases.find((item) => item.id === caseId);
  }

  /** The card of a case as this participant fetches it (what the live case card shows). */
  async function card(client: JoinedClient, caseId: string) {
    const response = await client.browser.get(`/api/boards/${board.id}/cases/${caseId}`);
    expect(response.status).toBe(200);
    return caseOf(response);
  }

  it('tells every participant at once, and each then fetches the case as decided', async () => {
    const [coordinator] = everyone;
    if (!coordinator) throw new Error('no coordinator');
    const before = await agendaEntry(coordinator, shared.id);
    expect(before).toMatchObject({ status: 'ready' });
    const saved = await coordinator.browser.put(casePath(shared.id, 'recommendation'), {
      version: 0,
      content: {
        ...EMPTY_RECOMMENDATION,
        decisionText: 'Lobektomie, danach adjuvant Osimertinib.',
      },
    });
    expect(saved.status).toBe(200);
    // Saving a recommendation changes the decision, not the agenda.
    for (const client of everyone) await client.next('decision:changed');
    expect(everyone.flatMap((client) => eventsOf(client, 'agenda:changed'))).toEqual([]);

    const closed = await coordinator.browser.post(casePath(shared.id, 'close'), {
      outcome: 'decided',
      reason: '',
    });
    expect(closed.status).toBe(200);

    for (const client of everyone) {
      await client.next('agenda:changed', (change) => change.boardId === board.id);
      await client.next('decision:changed', (change) => change.caseId === shared.id);
      const entry = await agendaEntry(client, shared.id);
      expect(entry, client.email).toMatchObject({ status: 'decided' });
      expect(entry?.version, client.email).toBeGreaterThan(before?.version ?? Number.NaN);
      // The card fetched again carries the same status and version as the agenda.
      expect(await card(client, shared.id), client.email).toMatchObject({
        status: 'decided',
        version: entry?.version,
      });
    }
  });

  it('tells the other center the agenda changed, but nothing of a case kept at home', async () => {
    const [coordinator, berlin, observer, seoul] = everyone;
    if (!coordinator || !berlin || !observer || !seoul) throw new Error('not everyone joined');
    const closed = await coordinator.browser.post(casePath(homeOnly.id, 'close'), {
      outcome: 'deferred',
      reason: 'PET-CT ausstehend',
    });
    expect(closed.status).toBe(200);

    for (const client of [coordinator, berlin, observer]) {
      await client.next('agenda:changed');
      await client.next('decision:changed', (change) => change.caseId === homeOnly.id);
      expect(await agendaEntry(client, homeOnly.id), client.email).toMatchObject({
        status: 'deferred',
      });
    }
    await seoul.next('agenda:changed');
    expect(await agendaEntry(seoul, homeOnly.id)).toBeUndefined();
    // Everything sent to Seoul has arrived by the time a round trip returns.
    await seoul.ok('presence:sync', { boardId: board.id });
    expect(eventsOf(seoul, 'decision:changed')).toEqual([]);
    expect(JSON.stringify(seoul.received)).not.toContain(homeOnly.id);
  });
});

function eventsOf(client: JoinedClient, event: string) {
  return client.received.filter((entry) => entry.event === event);
}

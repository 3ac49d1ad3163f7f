import { type AuditEvent, AuditPageSchema } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiError, fieldPaths, signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';
import { ADMIN_BERLIN, ADMIN_SEOUL, crossBorderScenario, SEOUL_ONCOLOGIST } from './auditTestKit';

async function events(admin: TestClient, query = ''): Promise<AuditEvent[]> {
  const response = await admin.get(`/api/audit${query}`);
  expect(response.status, `GET /api/audit${query}`).toBe(200);
  return AuditPageSchema.parse(response.body).events;
}

/** What the page shows for each event of the Seoul oncologist: action, object name, withheld. */
function objectsShown(list: AuditEvent[]) {
  return list
    .filter((event) => event.actor?.email === SEOUL_ONCOLOGIST)
    .map((event) => [event.action, event.objectType, event.objectLabel, event.isObjectWithheld]);
}

describeEachDatabase('audit labels and filters', (dialect) => {
  let server: TestServer;
  let scenario: Awaited<ReturnType<typeof crossBorderScenario>>;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    scenario = await crossBorderScenario(server);
  });

  afterEach(async () => {
    await server.close();
  });

  describe('object names', () => {
    it('names what Seoul may read and withholds a case without consent, a Berlin-only board and a Berlin person', async () => {
      const list = await events(await signIn(server, ADMIN_SEOUL));

      expect(objectsShown(list)).toEqual([
        ['access.refused', 'user', null, true],
        ['access.refused', 'board', null, true],
        ['access.refused', 'case', null, true],
        ['case.viewed', 'case', scenario.consented.pseudonym, false],
        ['board.viewed', 'board', scenario.joint.title, false],
      ]);
    });

    it("gives Berlin's admin every name of Berlin's own objects, and the refused step", async () => {
      const list = await events(await signIn(server, ADMIN_BERLIN));

      expect(objectsShown(list)).toEqual([
        ['access.refused', 'user', 'Dr. Jonas Weber', false],
        ['access.refused', 'board', scenario.berlinOnly.title, false],
        ['access.refused', 'case', scenario.private_.pseudonym, false],
        ['case.viewed', 'case', scenario.consented.pseudonym, false],
        ['board.viewed', 'board', scenario.joint.title, false],
      ]);
      const refused = list.filter((event) => event.action === 'access.refused');
      expect(refused.map((event) => event.attempted)).toContain('case:read');
      expect(list.find((event) => event.action === 'case.viewed')?.attempted).toBeNull();
    });

    it('never sends a home reference or the pseudonym of a case Seoul may not read', async () => {
      const response = await (await signIn(server, ADMIN_SEOUL)).get('/api/audit');

      expect(response.text).toContain(scenario.consented.pseudonym);
      expect(response.text).not.toContain(scenario.private_.pseudonym);
      expect(response.text).not.toContain(scenario.berlinOnly.title);
      for (const reference of [scenario.consented.homeReference, scenario.private_.homeReference]) {
        expect(reference).toBeTruthy();
        expect(response.text).not.toContain(reference);
      }
    });
  });

  describe('filters', () => {
    it('finds a person by part of their name, in any case', async () => {
      const admin = await signIn(server, ADMIN_SEOUL);
      const name = (await events(admin)).find((event) => event.actor?.email === SEOUL_ONCOLOGIST)
        ?.actor?.name;
      expect(name).toBeTruthy();

      const list = await events(admin, `?actor=${encodeURIComponent(String(name).toUpperCase())}`);

      expect(list.length).toBe(5);
      expect(new Set(list.map((event) => event.actor?.email))).toEqual(new Set([SEOUL_ONCOLOGIST]));
    });

    it('finds an object by part of a name the reader may see, or by its id', async () => {
      const admin = await signIn(server, ADMIN_SEOUL);

      const byTitle = await events(
        admin,
        `?object=${encodeURIComponent(`thoracic ${scenario.tag}`)}`,
      );
      const byPseudonym = await events(
        admin,
        `?objectType=case&object=${scenario.consented.pseudonym.toLowerCase()}`,
      );
      const byId = await events(admin, `?object=${scenario.private_.id}`);

      expect(byTitle.map((event) => [event.action, event.objectId])).toEqual([
        ['board.viewed', scenario.joint.id],
      ]);
      expect(byPseudonym.map((event) => [event.action, event.objectId])).toEqual([
        ['case.viewed', scenario.consented.id],
      ]);
      expect(byId.map((event) => [event.action, event.isObjectWithheld])).toEqual([
        ['access.refused', true],
      ]);
    });

    it('finds nothing by the name of an object the reader may not see', async () => {
      const seoul = await signIn(server, ADMIN_SEOUL);
      const berlin = await signIn(server, ADMIN_BERLIN);
      const pseudonym = `?object=${scenario.private_.pseudonym}`;
      const title = `?object=${encodeURIComponent(scenario.berlinOnly.title)}`;

      // The same events exist in both logs; only the reader who may see the names finds them.
      expect(await events(berlin, pseudonym)).toHaveLength(1);
      expect(await events(berlin, title)).toHaveLength(1);
      expect(await events(seoul, pseudonym)).toEqual([]);
      expect(await events(seoul, title)).toEqual([]);
    });

    it('narrows by object type, action and period together', async () => {
      const admin = await signIn(server, ADMIN_SEOUL);
      const all = await events(admin, '?action=access.refused');
      const at = all[0]?.occurredAt ?? '';
      server.clock.advanceMinutes(30);

      const list = await events(
        admin,
        `?action=access.refused&objectType=board&from=${at}&to=${server.clock.now().toISOString()}`,
      );
      const before = await events(admin, `?action=access.refused&to=2020-01-01T00:00:00.000Z`);

      expect(all).toHaveLength(3);
      expect(list.map((event) => event.objectId)).toEqual([scenario.berlinOnly.id]);
      expect(before).toEqual([]);
    });

    it.each([
      ['objectType=spaceship', 'objectType'],
      [`actor=${'x'.repeat(255)}`, 'actor'],
      [`object=${'x'.repeat(201)}`, 'object'],
      ['from=2026-12-05T00:00:00.000Z&to=2026-12-04T00:00:00.000Z', 'to'],
    ])('refuses ?%s and names %s', async (query, path) => {
      const admin = await signIn(server, ADMIN_SEOUL);

      const response = await admin.get(`/api/audit?${query}`);

      expect(apiError(response)).toMatchObject({ status: 400, id: 'validation_failed' });
      expect(fieldPaths(response)).toEqual([path]);
    });
  });

  it('labels the Berlin user for Berlin only: other readers see no name of another institution', async () => {
    const seoul = await events(await signIn(server, ADMIN_SEOUL), '?objectType=user&object=Weber');
    const berlin = await events(
      await signIn(server, ADMIN_BERLIN),
      '?objectType=user&object=Weber',
    );

    expect(seoul).toEqual([]);
    expect(berlin.map((event) => event.objectId)).toContain(scenario.berlinOncologistId);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../audit/auditLog';
import { apiError, fieldPaths, signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard, buildUser } from '../../../test/factories';
import { auditRows, institutionIdOf, userIdOf } from '../../../test/queries';
import { startTestServer, type TestServer } from '../../../test/testServer';
import { ADMIN_BERLIN, ADMIN_SEOUL, crossBorderScenario, csvRows } from './auditTestKit';

describeEachDatabase('audit CSV export', (dialect) => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });

  afterEach(async () => {
    await server.close();
  });

  it('holds the events of the page, with names, both times, seq and hash, in German', async () => {
    const scenario = await crossBorderScenario(server);
    const admin = await signIn(server, ADMIN_SEOUL);
    const page = (await admin.get('/api/audit?limit=100')).body as {
      events: { seq: number; hash: string; occurredAt: string }[];
    };

    const { response, rows } = await csvRows(admin, '?lang=de&zone=Asia/Seoul');

    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...body] = rows;
    expect(header).toEqual([
      'Nr.',
      'Zeit (UTC)',
      'Zeit (Asia/Seoul)',
      'Person',
      'E-Mail',
      'Einrichtung',
      'Aktion',
      'Objekttyp',
      'Objekt',
      'Objekt-ID',
      'Einrichtung des Objekts',
      'Ergebnis',
      'Versuchte Aktion',
      'Client-Adresse',
      'Hashwert',
    ]);
    // The page was read before the export: the export holds it, plus that view.
    expect(body.map((row) => Number(row[0]))).toEqual(
      [page.events[0]?.seq ?? 0, ...page.events.map((event) => event.seq)].map((seq, index) =>
        index === 0 ? seq + 1 : seq,
      ),
    );
    const byObject = new Map(body.map((row) => [row[9], row]));
    expect(byObject.get(scenario.consented.id)?.slice(6, 9)).toEqual([
      'Fall angesehen',
      'Fall',
      scenario.consented.pseudonym,
    ]);
    expect(byObject.get(scenario.private_.id)?.slice(6, 13)).toEqual([
      'Zugriff verweigert',
      'Fall',
      'Fall einer anderen Einrichtung',
      scenario.private_.id,
      'CCCC',
      'Verweigert',
      'Fall öffnen',
    ]);
    const first = page.events.at(-1);
    const firstRow = body.at(-1);
    expect(firstRow?.[1]).toBe(first?.occurredAt);
    expect(firstRow?.[14]).toBe(first?.hash);
    // Seoul is 9 hours ahead of UTC, on a 24-hour clock with seconds.
    const utc = new Date(first?.occurredAt ?? '');
    const seoul = new Date(utc.getTime() + 9 * 3600_000).toISOString();
    expect(firstRow?.[2]).toBe(`${seoul.slice(0, 10)} ${seoul.slice(11, 19)}`);
    expect(rows.flat().join('\n')).not.toContain(scenario.private_.pseudonym);
    expect(rows.flat().join('\n')).not.toContain(scenario.berlinOnly.title);
  });

  it('starts with a UTF-8 byte order mark and keeps Hangul intact', async () => {
    const admin = await signIn(server, ADMIN_SEOUL);
    const response = await fetch(`${server.baseUrl}/api/audit/export.csv?lang=ko`, {
      headers: { cookie: admin.cookieHeader, origin: server.baseUrl },
    });
    const bytes = new Uint8Array(await response.arrayBuffer());

    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    // Without a zone, the reader's institution's: Seoul.
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^번호,시간\(UTC\),시간\(Asia\/Seoul\),수행자,/);
    expect(text).toContain(',로그인,'); // the admin's own sign-in, as the page names it
  });

  it('defuses formulas and quotes commas and quotes in names and titles', async () => {
    const berlinId = await institutionIdOf(server.db, 'CCCC');
    const formulaUser = await buildUser(server.db, {
      institution: 'CCCC',
      role: 'clinician',
      name: '=HYPERLINK("http://evil.test","Dr. Click")',
    });
    const board = await buildBoard(server.db, { host: 'CCCC', title: '+SUM(1,2), "Thorax"' });
    await server.db.transaction().execute((trx) =>
      appendAudit(trx, {
        action: 'board.viewed',
        outcome: 'allowed',
        actor: { userId: formulaUser.id, institutionId: berlinId },
        object: { type: 'board', id: board.id, institutionId: berlinId },
        clientAddress: '@10.0.0.1',
        at: server.clock.now(),
      }),
    );
    const admin = await signIn(server, ADMIN_BERLIN);

    const { response, rows } = await csvRows(admin, `?lang=en&object=${board.id}`);

    expect(rows).toHaveLength(2);
    expect(rows[1]?.[3]).toBe(`'=HYPERLINK("http://evil.test","Dr. Click")`);
    expect(rows[1]?.[8]).toBe(`'+SUM(1,2), "Thorax"`);
    expect(rows[1]?.[13]).toBe(`'@10.0.0.1`);
    expect(response.text).toContain(`"'+SUM(1,2), ""Thorax"""`);
  });

  it('applies the filters, keeps to the reader institution and records the export with them', async () => {
    await crossBorderScenario(server);
    const admin = await signIn(server, ADMIN_SEOUL);
    const query = '?action=access.refused&objectType=case&lang=en';

    const { rows } = await csvRows(admin, query);
    const berlinRows = (await csvRows(await signIn(server, ADMIN_BERLIN), '?lang=en')).rows;

    expect(rows.slice(1).map((row) => [row[6], row[7]])).toEqual([['Access refused', 'Case']]);
    const exported = await auditRows(server.db, { action: 'audit.exported' });
    expect(exported[0]).toMatchObject({
      actor_user_id: await userIdOf(server.db, ADMIN_SEOUL),
      object_type: 'audit_log',
      object_institution_id: await institutionIdOf(server.db, 'SCCC'),
    });
    expect(JSON.parse(exported[0]?.details ?? '{}')).toEqual({
      actor: null,
      objectType: 'case',
      object: null,
      action: 'access.refused',
      from: null,
      to: null,
      rows: 1,
    });
    // Seoul's own sign-in is in Seoul's log only.
    const seoulAdminEmail = ADMIN_SEOUL;
    expect(berlinRows.some((row) => row[4] === seoulAdminEmail)).toBe(false);
  });

  describe('refusals', () => {
    it('requires a session', async () => {
      expect(apiError(await server.client().get('/api/audit/export.csv'))).toMatchObject({
        status: 401,
        id: 'unauthenticated',
      });
      expect(await auditRows(server.db, { action: 'audit.exported' })).toEqual([]);
    });

    it('refuses a coordinator, audits the refusal and exports nothing', async () => {
      const coordinator = await signIn(server, 'coordinator.berlin@konsil.test');

      const response = await coordinator.get('/api/audit/export.csv');

      expect(apiError(response)).toMatchObject({ status: 403, id: 'forbidden' });
      const refusals = await auditRows(server.db, { action: 'access.refused' });
      expect(refusals.map((row) => row.details)).toEqual([
        JSON.stringify({ attempted: 'audit:read' }),
      ]);
      expect(await auditRows(server.db, { action: 'audit.exported' })).toEqual([]);
    });

    it.each([
      ['zone=Mars/Olympus', 'zone'],
      ['lang=fr', 'lang'],
      ['action=drop.tables', 'action'],
      ['from=2026-12-05T00:00:00.000Z&to=2026-12-01T00:00:00.000Z', 'to'],
    ])('refuses ?%s and names %s', async (query, path) => {
      const admin = await signIn(server, ADMIN_BERLIN);

      const response = await admin.get(`/api/audit/export.csv?${query}`);

      expect(apiError(response)).toMatchObject({ status: 400, id: 'validation_failed' });
      expect(fieldPaths(response)).toEqual([path]);
      expect(await auditRows(server.db, { action: 'audit.exported' })).toEqual([]);
    });
  });
});

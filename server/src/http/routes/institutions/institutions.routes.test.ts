import { DirectorySchema, InstitutionListSchema } from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DEMO_USERS } from '../../../storage/seed/demoUsers';
import { apiError, fieldPaths, signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard } from '../../../test/factories';
import { auditRows, institutionIdOf, userIdOf } from '../../../test/queries';
import { startTestServer, type TestServer } from '../../../test/testServer';

describeEachDatabase('institutions and the invitation directory', (dialect) => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });

  afterEach(async () => {
    await server.close();
  });

  it('lists the institutions with their time zones for anyone signed in', async () => {
    const observer = await signIn(server, 'observer.berlin@konsil.test');

    const response = await observer.get('/api/institutions');

    expect(response.status).toBe(200);
    const { institutions } = InstitutionListSchema.parse(response.body);
    expect(institutions.map((institution) => [institution.code, institution.timeZone])).toEqual([
      ['CCCC', 'Europe/Berlin'],
      ['SCCC', 'Asia/Seoul'],
      ['VCCC', 'Europe/Vienna'],
    ]);
  });

  /** The emails of the people a directory answer lists. */
  function emailsListed(response: { body: unknown }): string[] {
    const emails = new Map(DEMO_USERS.map((user) => [user.name, user.email]));
    return DirectorySchema.parse(response.body)
      .users.map((user) => emails.get(user.name) ?? user.name)
      .sort();
  }

  function demoEmails(filter: (user: (typeof DEMO_USERS)[number]) => boolean): string[] {
    return DEMO_USERS.filter(filter)
      .map((user) => user.email)
      .sort();
  }

  it('shows a coordinator who can be invited from Berlin and Seoul: everyone but the admins', async () => {
    await buildBoard(server.db, { host: 'CCCC', guests: ['SCCC'] });
    const coordinator = await signIn(server, 'coordinator.berlin@konsil.test');
    const ids = [
      await institutionIdOf(server.db, 'CCCC'),
      await institutionIdOf(server.db, 'SCCC'),
    ];

    const response = await coordinator.get(`/api/directory/users?institutionIds=${ids.join(',')}`);

    expect(response.status).toBe(200);
    const emails = new Map(DEMO_USERS.map((user) => [user.name, user.email]));
    const listed = DirectorySchema.parse(response.body).users.map((user) => emails.get(user.name));
    const expected = DEMO_USERS.filter(
      (user) => user.institution !== 'VCCC' && user.role !== 'admin',
    ).map((user) => user.email);
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('lists for a coordinator only the institutions that share a board with theirs', async () => {
    // Berlin holds boards with Seoul; Seoul also with Vienna, which Berlin never met.
    await buildBoard(server.db, { host: 'CCCC', guests: ['SCCC'] });
    await buildBoard(server.db, { host: 'SCCC', guests: ['VCCC'] });
    const coordinator = await signIn(server, 'coordinator.berlin@konsil.test');
    const all = ['CCCC', 'SCCC', 'VCCC'];
    const ids = await Promise.all(all.map((code) => institutionIdOf(server.db, code)));

    const response = await coordinator.get(`/api/directory/users?institutionIds=${ids.join(',')}`);

    expect(response.status).toBe(200);
    expect(emailsListed(response)).toEqual(
      demoEmails((user) => user.institution !== 'VCCC' && user.role !== 'admin'),
    );
  });

  it('refuses a coordinator who asks only for institutions they share no board with', async () => {
    await buildBoard(server.db, { host: 'SCCC', guests: ['VCCC'] });
    const coordinator = await signIn(server, 'coordinator.berlin@konsil.test');
    const vienna = await institutionIdOf(server.db, 'VCCC');

    const response = await coordinator.get(`/api/directory/users?institutionIds=${vienna}`);

    expect(apiError(response)).toMatchObject({ status: 403, id: 'forbidden' });
    const refused = await auditRows(server.db, { action: 'access.refused' });
    expect(refused.map((row) => [row.object_type, row.object_institution_id])).toEqual([
      ['directory', vienna],
    ]);
  });

  it('lists for an admin only the people of their own institution', async () => {
    await buildBoard(server.db, { host: 'CCCC', guests: ['SCCC'] });
    const admin = await signIn(server, 'admin.berlin@konsil.test');
    const berlin = await institutionIdOf(server.db, 'CCCC');
    const seoul = await institutionIdOf(server.db, 'SCCC');

    const both = await admin.get(`/api/directory/users?institutionIds=${berlin},${seoul}`);
    expect(both.status).toBe(200);
    expect(emailsListed(both)).toEqual(
      demoEmails((user) => user.institution === 'CCCC' && user.role !== 'admin'),
    );

    const seoulOnly = await admin.get(`/api/directory/users?institutionIds=${seoul}`);
    expect(apiError(seoulOnly)).toMatchObject({ status: 403, id: 'forbidden' });
  });

  it('leaves deactivated users out', async () => {
    await server.db
      .updateTable('users')
      .set({ is_active: 0 })
      .where('email', '=', 'surgeon.berlin@konsil.test')
      .execute();
    const coordinator = await signIn(server, 'coordinator.berlin@konsil.test');

    const response = await coordinator.get(
      `/api/directory/users?institutionIds=${await institutionIdOf(server.db, 'CCCC')}`,
    );

    const ids = DirectorySchema.parse(response.body).users.map((user) => user.id);
    expect(ids).not.toContain(await userIdOf(server.db, 'surgeon.berlin@konsil.test'));
    expect(ids).toContain(await userIdOf(server.db, 'oncologist.berlin@konsil.test'));
  });

  it.each([
    ['oncologist.berlin@konsil.test'],
    ['admin.seoul@konsil.test'],
    ['observer.berlin@konsil.test'],
  ])('refuses Berlin’s directory to %s, who is no coordinator or admin there', async (email) => {
    const client = await signIn(server, email);

    const response = await client.get(
      `/api/directory/users?institutionIds=${await institutionIdOf(server.db, 'CCCC')}`,
    );

    expect(apiError(response)).toMatchObject({ status: 403, id: 'forbidden' });
    const refused = await auditRows(server.db, { action: 'access.refused' });
    expect(refused.map((row) => [row.actor_user_id, row.object_type])).toEqual([
      [await userIdOf(server.db, email), 'directory'],
    ]);
  });

  it('names institutionIds when the list is empty or not made of ids', async () => {
    const coordinator = await signIn(server, 'coordinator.seoul@konsil.test');

    for (const query of ['', '?institutionIds=', '?institutionIds=CCCC,SCCC']) {
      const response = await coordinator.get(`/api/directory/users${query}`);
      expect(apiError(response), query).toMatchObject({ status: 400, id: 'validation_failed' });
      expect(fieldPaths(response)[0], query).toMatch(/^institutionIds/);
    }
  });

  it('answers 401 without a session', async () => {
    for (const path of ['/api/institutions', '/api/directory/users?institutionIds=x']) {
      expect(apiError(await server.client().get(path)), path).toMatchObject({
        status: 401,
        id: 'unauthenticated',
      });
    }
  });
});

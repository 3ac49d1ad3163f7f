import { MinutesResponseSchema, SearchResponseSchema } from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import {
  COORDINATOR_SEOUL,
  ONCOLOGIST_SEOUL,
  ONCOLOGIST_VIENNA,
  runBoardToEnd,
} from '../../../test/minutesBoard';
import { auditRows } from '../../../test/queries';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

describeEachDatabase('search API', (dialect) => {
  let server: TestServer;
  let ended: Awaited<ReturnType<typeof runBoardToEnd>>;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    ended = await runBoardToEnd(server);
    const minutesPath = `/api/boards/${ended.board.id}/minutes`;
    const draft = MinutesResponseSchema.parse((await ended.chair.browser.get(minutesPath)).body);
    await ended.chair.browser.post(`${minutesPath}/sign`, { draftHash: draft.minutes.draftHash });
  });

  afterEach(async () => {
    ended.chair.close();
    await server.close();
  });

  const search = async (client: TestClient, q: string) => {
    const response = await client.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(response.status, q).toBe(200);
    return SearchResponseSchema.parse(response.body).results;
  };

  it('finds a Korean word of the notes inside a longer word, in the signed minutes', async () => {
    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    const results = await search(seoul, '폐암');
    const minutes = results.find((result) => result.kind === 'minutes');
    expect(minutes).toMatchObject({ boardId: ended.board.id, pseudonym: null });
    const marks = minutes?.highlights.map((range) => minutes.snippet.slice(range.start, range.end));
    expect(marks).toEqual(['폐암']);
  });

  it('finds German compounds by prefix in minutes and recommendations', async () => {
    const seoul = await signIn(server, COORDINATOR_SEOUL);
    const results = await search(seoul, 'lymphadenekt osimertinib');
    expect(results.map((result) => result.kind).sort()).toEqual(['minutes', 'recommendation']);
    expect(results.find((result) => result.kind === 'recommendation')).toMatchObject({
      caseId: ended.berlinCase.id,
      pseudonym: ended.berlinCase.pseudonym,
    });
  });

  it('finds cases by pseudonym and diagnosis, only those the user may read', async () => {
    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    const byPseudonym = await search(seoul, ended.berlinCase.pseudonym);
    expect(byPseudonym.some((result) => result.caseId === ended.berlinCase.id)).toBe(true);
    // The unconsented Berlin case stays at home: Seoul finds nothing of it.
    expect(await search(seoul, ended.hiddenCase.pseudonym)).toEqual([]);
    const berlin = ended.chair.browser;
    expect(
      (await search(berlin, ended.hiddenCase.pseudonym)).map((result) => result.caseId),
    ).toContain(ended.hiddenCase.id);
  });

  it('answers 401 without a session, and audits nothing then', async () => {
    const anonymous = server.client();
    const response = await anonymous.get('/api/search?q=%ED%8F%90%EC%95%94');
    expect(response.status).toBe(401);
    expect(await auditRows(server.db, { action: 'search.performed' })).toEqual([]);
  });

  it('gives Vienna nothing of the joint board', async () => {
    const vienna = await signIn(server, ONCOLOGIST_VIENNA);
    for (const q of ['폐암', 'Lobektomie', ended.berlinCase.pseudonym, 'C34']) {
      expect(await search(vienna, q)).toEqual([]);
    }
  });

  it('takes any text as a query without an error, and audits each search without the words', async () => {
    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    for (const q of [
      '"',
      "'; DROP TABLE cases; --",
      '%',
      '_',
      '\\',
      'a AND (b OR',
      '',
      '폐'.repeat(500),
    ]) {
      await search(seoul, q);
    }
    expect((await seoul.get('/api/search')).status).toBe(200);
    expect((await seoul.get('/api/search?q=a&q=b')).status).toBe(200);
    const audits = await auditRows(server.db, { action: 'search.performed' });
    expect(audits.length).toBe(10);
    expect(audits.every((row) => !(row.details ?? '').includes('DROP'))).toBe(true);
  });
});

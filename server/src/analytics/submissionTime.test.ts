import { afterEach, beforeEach, expect, it } from 'vitest';
import { updateCaseStatus } from '../storage/repositories/cases';
import { describeEachDatabase } from '../test/databases';
import { buildBoard, buildCase } from '../test/factories';
import { startTestServer, type TestServer } from '../test/testServer';

// Days to decision count from the first time a case left draft, whatever happens to it later.
describeEachDatabase('submission time of a case', (dialect) => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });

  afterEach(async () => {
    await server.close();
  });

  const submittedAtOf = async (caseId: string) =>
    (
      await server.db
        .selectFrom('cases')
        .select('submitted_at')
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow()
    ).submitted_at;

  it('is empty for a draft, set when it is submitted, and kept through later changes', async () => {
    const board = await buildBoard(server.db, { host: 'CCCC', guests: ['SCCC'] });
    const draft = await buildCase(server.db, { board, home: 'CCCC', status: 'draft' });
    expect(await submittedAtOf(draft.id)).toBeNull();

    const submitted = new Date('2026-11-26T09:00:00.000Z');
    expect(await updateCaseStatus(server.db, draft.id, 1, 'submitted', submitted)).toBe(true);
    expect(await submittedAtOf(draft.id)).toBe(submitted.toISOString());

    const ready = new Date('2026-11-28T09:00:00.000Z');
    expect(await updateCaseStatus(server.db, draft.id, 2, 'ready', ready)).toBe(true);
    expect(await submittedAtOf(draft.id)).toBe(submitted.toISOString());
  });

  it('is the creation time of a case created as submitted', async () => {
    const board = await buildBoard(server.db, { host: 'SCCC', guests: ['CCCC'] });
    const item = await buildCase(server.db, { board, home: 'SCCC', status: 'submitted' });
    // The factory stores every case as created at this instant.
    expect(await submittedAtOf(item.id)).toBe('2026-11-25T10:00:00.000Z');
  });
});

import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterEach, beforeEach } from 'vitest';
import type { Db } from '../../../storage/db';
import type { DialectName } from '../../../storage/dialect';
import { buildBoard } from '../../../test/factories';
import { auditRows } from '../../../test/queries';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

/** What the FHIR import route tests share: the people, the sample and a server per test. */
export const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
export const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
export const OBSERVER_BERLIN = 'observer.berlin@konsil.test';
export const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';
export const ONCOLOGIST_VIENNA = 'oncologist.vienna@konsil.test';

export const SAMPLE_TEXT = readFileSync(
  new URL('../../../fhir/samples/lung-cancer-berlin.bundle.json', import.meta.url),
  'utf8',
);
export type Bundle = Record<string, unknown> & { entry: { resource: Record<string, unknown> }[] };
export const sample = (): Bundle => JSON.parse(SAMPLE_TEXT) as Bundle;
/** The sample's record number at the Berlin hospital: kept as the case's home reference. */
export const SAMPLE_MRN = 'PN-0048213';

/** What a refusal must leave as it was: every case and every audit record. */
export async function storedState(db: Db) {
  const cases = await db.selectFrom('cases').select('id').execute();
  return { cases: cases.length, audit: (await auditRows(db)).length };
}

export interface ImportServer {
  readonly server: TestServer;
  readonly board: { id: string; title: string };
  /** Every line the server logged during the test. */
  readonly logs: string[];
  postBundle(
    client: TestClient,
    body: string | object,
    options?: { query?: string; contentType?: string; boardId?: string },
  ): ReturnType<TestClient['request']>;
}

/**
 * Starts a server with its logs captured and a Berlin–Seoul board before each test, and closes
 * it after. The fields are read during a test, when the current server is set.
 */
export function useImportServer(dialect: DialectName): ImportServer {
  const current: { server?: TestServer; board?: { id: string; title: string }; logs: string[] } = {
    logs: [],
  };

  beforeEach(async () => {
    const logs: string[] = [];
    current.logs = logs;
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    });
    current.server = await startTestServer({ dialect, logs: sink });
    current.board = await buildBoard(current.server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL, OBSERVER_BERLIN],
      title: 'Joint Thoracic Tumor Board',
    });
  });

  afterEach(async () => {
    await current.server?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('read during a test only');
    return value;
  };

  return {
    get server() {
      return started(current.server);
    },
    get board() {
      return started(current.board);
    },
    get logs() {
      return current.logs;
    },
    postBundle(client, body, options = {}) {
      const boardId = options.boardId ?? started(current.board).id;
      return client.request('POST', `/api/boards/${boardId}/cases/fhir${options.query ?? ''}`, {
        rawBody: typeof body === 'string' ? body : JSON.stringify(body),
        headers: { 'content-type': options.contentType ?? 'application/fhir+json' },
      });
    },
  };
}

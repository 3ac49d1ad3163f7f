import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { FhirImportPreviewResponseSchema, LIMITS } from '@konsil/shared';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FHIR_BUNDLE_MAX_BYTES } from '../../../fhir/importBundle';
import type { Db } from '../../../storage/db';
import type { DialectName } from '../../../storage/dialect';
import { caseOf, signIn } from '../../../test/api';
import { caseUpdate, contentOf } from '../../../test/caseContent';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard } from '../../../test/factories';
import { auditRows, userIdOf } from '../../../test/queries';
import { expectError, expectSameAsMissing } from '../../../test/refusals';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
const OBSERVER_BERLIN = 'observer.berlin@konsil.test';
const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';
const ONCOLOGIST_VIENNA = 'oncologist.vienna@konsil.test';

const SAMPLE_TEXT = readFileSync(
  new URL('../../../fhir/samples/lung-cancer-berlin.bundle.json', import.meta.url),
  'utf8',
);
type Bundle = Record<string, unknown> & { entry: { resource: Record<string, unknown> }[] };
const sample = (): Bundle => JSON.parse(SAMPLE_TEXT) as Bundle;
/** The sample's record number at the Berlin hospital: kept as the case's home reference. */
const SAMPLE_MRN = 'PN-0048213';

/**
 * What identifies the sample's patient: name parts, birth date, phone, e-mail, street and
 * insurance numbers, in the spellings a store or an index might use. Compared in lower case.
 */
const IN_SAMPLE = [
  'Johanna',
  'Beispiel',
  'Krüger',
  'krueger',
  '1958-03-14',
  '14.03.1958',
  '+49 30 5550 1847',
  'mail.example',
  'Lindenstraße',
  'K482916357',
  '109519005',
];
const IDENTIFYING = [...IN_SAMPLE, '19580314', '5550 1847', '55501847', 'Lindenstrasse'];

function leaksIn(text: string): string[] {
  const lower = text.toLowerCase();
  return IDENTIFYING.filter((needle) => lower.includes(needle.toLowerCase()));
}

/** Every row of every table of this test's database, as text (binary columns decoded). */
async function databaseText(db: Db, dialect: DialectName): Promise<string> {
  const tables =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  expect(tables.rows.map((row) => row.name)).toEqual(
    expect.arrayContaining(['cases', 'audit_events']),
  );
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql`select * from ${sql.table(name)}`.execute(db);
    parts.push(
      JSON.stringify(rows.rows, (_key, value: unknown) => {
        const buffer = value as { type?: unknown; data?: unknown };
        return buffer?.type === 'Buffer' && Array.isArray(buffer.data)
          ? Buffer.from(buffer.data as number[]).toString('utf8')
          : value;
      }),
    );
  }
  return parts.join('\n');
}

/** What a refusal must leave as it was: every case and every audit record. */
async function storedState(db: Db) {
  const cases = await db.selectFrom('cases').select('id').execute();
  return { cases: cases.length, audit: (await auditRows(db)).length };
}

describeEachDatabase('FHIR bundle import', (dialect) => {
  let server: TestServer;
  let board: { id: string; title: string };
  let logs: string[];

  beforeEach(async () => {
    logs = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    });
    server = await startTestServer({ dialect, logs: sink });
    board = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL, OBSERVER_BERLIN],
      title: 'Joint Thoracic Tumor Board',
    });
  });

  afterEach(async () => {
    await server.close();
  });

  const importPath = (query = '', boardId = board.id) =>
    `/api/boards/${boardId}/cases/fhir${query}`;

  function postBundle(
    client: TestClient,
    body: string | object,
    options: { query?: string; contentType?: string; boardId?: string } = {},
  ) {
    return client.request('POST', importPath(options.query, options.boardId), {
      rawBody: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': options.contentType ?? 'application/fhir+json' },
    });
  }

  describe('a dry run', () => {
    it('answers the preview and stores nothing', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const before = await storedState(server.db);
      const answer = await postBundle(oncologist, SAMPLE_TEXT, { query: '?dryRun=true' });
      expect(answer.status, answer.text).toBe(200);
      const { preview } = FhirImportPreviewResponseSchema.parse(answer.body);
      expect(preview.case).toMatchObject({
        homeReference: SAMPLE_MRN,
        sex: 'female',
        ageYears: 68,
        diagnosis: { icd10: { system: 'ICD-10-GM', code: 'C34.1' } },
        question: '',
        consent: false,
      });
      expect(preview.dropped.map((note) => note.path)).toEqual(
        expect.arrayContaining([
          'Bundle.entry[0].resource.name',
          'Bundle.entry[0].resource.birthDate',
          'Bundle.entry[0].resource.telecom',
          'Bundle.entry[0].resource.address',
        ]),
      );
      // Each note names its reason by id for the reader's language; the English stays beside it.
      expect(preview.dropped).toContainEqual({
        path: 'Bundle.entry[0].resource.name',
        code: 'patient_name_dropped',
        reason: 'Patient name is never imported',
      });
      expect([...preview.dropped, ...preview.unmapped].every((note) => note.code !== '')).toBe(
        true,
      );
      expect(leaksIn(answer.text)).toEqual([]);
      expect(await storedState(server.db)).toEqual(before);
    });

    it('reads a bundle larger than other requests may be, sent as application/json', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const bundle = { ...sample(), identifier: { value: 'x'.repeat(4 * LIMITS.jsonBodyBytes) } };
      const answer = await postBundle(oncologist, bundle, {
        query: '?dryRun=true',
        contentType: 'application/json; charset=utf-8',
      });
      expect(answer.status, answer.text).toBe(200);
      expect(FhirImportPreviewResponseSchema.parse(answer.body).preview.case.homeReference).toBe(
        SAMPLE_MRN,
      );
    });

    it('refuses a dryRun that is neither true nor false', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const answer = await postBundle(oncologist, SAMPLE_TEXT, { query: '?dryRun=yes' });
      expectError(answer, 400, 'validation_failed', {
        fields: [{ path: 'dryRun', message: expect.any(String) }],
      });
      expect((await storedState(server.db)).cases).toBe(0);
    });
  });

  describe('an import', () => {
    it('creates a draft on the board, audited as created from FHIR, with the MRN for Berlin only', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const answer = await postBundle(oncologist, SAMPLE_TEXT);
      expect(answer.status, answer.text).toBe(201);
      const created = caseOf(answer);
      expect(created).toMatchObject({
        boardId: board.id,
        status: 'draft',
        homeReference: SAMPLE_MRN,
        question: '',
        consent: false,
        diagnosis: { icd10: { code: 'C34.1' }, morphology: '8140/3' },
        ecog: 1,
      });

      const dryRun = await postBundle(oncologist, SAMPLE_TEXT, { query: '?dryRun=true' });
      const { preview } = FhirImportPreviewResponseSchema.parse(dryRun.body);
      const [audit, ...more] = await auditRows(server.db, {
        action: 'case.created',
        objectId: created.id,
      });
      expect(more).toEqual([]);
      expect(audit).toMatchObject({
        outcome: 'allowed',
        actor_user_id: await userIdOf(server.db, ONCOLOGIST_BERLIN),
      });
      expect(JSON.parse(audit?.details ?? 'null')).toEqual({
        source: 'fhir',
        dropped: preview.dropped.length,
        unmapped: preview.unmapped.length,
      });

      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const casePath = `/api/boards/${board.id}/cases/${created.id}`;
      expect(caseOf(await coordinator.get(casePath)).homeReference).toBe(SAMPLE_MRN);

      // Without consent the draft stays at home; with it, Seoul reads it without the MRN.
      const seoul = await signIn(server, ONCOLOGIST_SEOUL);
      expect((await seoul.get(casePath)).status).toBe(404);
      const completed = await oncologist.put(
        casePath,
        caseUpdate(
          {
            ...contentOf(created),
            question: 'Resection after neoadjuvant therapy?',
            consent: true,
          },
          created.version,
        ),
      );
      expect(completed.status, completed.text).toBe(200);
      const seen = await seoul.get(casePath);
      expect(seen.status).toBe(200);
      expect(Object.keys(caseOf(seen))).not.toContain('homeReference');
      expect(seen.text).not.toContain(SAMPLE_MRN);
    });

    it('keeps name, birth date, phone, street and insurance number out of the database, logs and audit trail', async () => {
      // The search would find each of these had they been stored.
      expect(leaksIn(SAMPLE_TEXT)).toEqual(expect.arrayContaining(IN_SAMPLE));
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      expect((await postBundle(oncologist, SAMPLE_TEXT, { query: '?dryRun=true' })).status).toBe(
        200,
      );
      expect((await postBundle(oncologist, SAMPLE_TEXT)).status).toBe(201);
      const twoPatients = sample();
      twoPatients.entry.push({ resource: { ...(sample().entry[0]?.resource ?? {}), id: 'p2' } });
      expect((await postBundle(oncologist, twoPatients)).status).toBe(422);
      expect((await postBundle(oncologist, `${SAMPLE_TEXT.slice(0, -3)}`)).status).toBe(400);
      const observer = await signIn(server, OBSERVER_BERLIN);
      expect((await postBundle(observer, SAMPLE_TEXT)).status).toBe(403);

      const stored = await databaseText(server.db, dialect);
      // The dump holds the imported content: the kept record number is there.
      expect(stored).toContain(SAMPLE_MRN);
      expect(leaksIn(stored)).toEqual([]);

      const auditTrail = await auditRows(server.db);
      expect(auditTrail.map((row) => row.action)).toContain('case.created');
      expect(leaksIn(JSON.stringify(auditTrail))).toEqual([]);

      const logged = logs.join('');
      expect(logged).toContain('/cases/fhir');
      expect(leaksIn(logged)).toEqual([]);
    });
  });

  describe('refusals', () => {
    /** A refused body: the status, the id, the FHIR paths, and nothing stored or audited. */
    async function expectBodyRefused(
      answer: { status: number; headers: Headers; body: unknown; text: string },
      status: number,
      id: Parameters<typeof expectError>[2],
      fields: { path: string; message: unknown; code: string; params?: object }[] | undefined,
      before: Awaited<ReturnType<typeof storedState>>,
    ) {
      expectError(answer, status, id, fields ? { fields: fields as never } : {});
      expect(await storedState(server.db)).toEqual(before);
    }

    it('refuses a signed-out request before reading the body', async () => {
      const before = await storedState(server.db);
      const answer = await postBundle(server.client(), SAMPLE_TEXT);
      expectError(answer, 401, 'unauthenticated');
      expect(await storedState(server.db)).toEqual(before);
    });

    it('refuses an observer of the home institution, and stores no case', async () => {
      const observer = await signIn(server, OBSERVER_BERLIN);
      const before = await storedState(server.db);
      const answer = await postBundle(observer, SAMPLE_TEXT);
      expectError(answer, 403, 'forbidden');
      expect(await storedState(server.db)).toEqual({ cases: 0, audit: before.audit + 1 });
      const [refusal] = await auditRows(server.db, { action: 'access.refused' });
      expect(refusal).toMatchObject({ outcome: 'refused' });
    });

    it('answers a clinician of an institution not on the board as if the board did not exist', async () => {
      const vienna = await signIn(server, ONCOLOGIST_VIENNA);
      const refused = await postBundle(vienna, SAMPLE_TEXT);
      const missing = await postBundle(vienna, SAMPLE_TEXT, { boardId: randomUUID() });
      expectSameAsMissing(refused, missing, 'Vienna on a Berlin–Seoul board');
      expect((await storedState(server.db)).cases).toBe(0);
    });

    it('refuses a body that is not JSON with 400 invalid_json', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const before = await storedState(server.db);
      await expectBodyRefused(
        await postBundle(oncologist, '{"resourceType": "Bundle", "entry": ['),
        400,
        'invalid_json',
        [{ path: 'Bundle', message: 'Body is not JSON', code: 'body_not_json' }],
        before,
      );
    });

    it('refuses a resource that is not a Bundle', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const before = await storedState(server.db);
      await expectBodyRefused(
        await postBundle(oncologist, { resourceType: 'Patient', id: 'p1' }),
        422,
        'fhir_bundle_invalid',
        [
          {
            path: 'Bundle',
            message: expect.stringContaining('Not a FHIR Bundle'),
            code: 'not_a_bundle',
          },
        ],
        before,
      );
    });

    it('refuses a FHIR version other than R4, in the bundle or in the media type', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const before = await storedState(server.db);
      await expectBodyRefused(
        await postBundle(oncologist, { ...sample(), fhirVersion: '5.0.0' }),
        422,
        'fhir_bundle_invalid',
        [
          {
            path: 'Bundle.fhirVersion',
            message: 'FHIR version 5.0.0 is not supported; send R4 (4.0.1)',
            code: 'fhir_version_unsupported',
            params: { version: '5.0.0' },
          },
        ],
        before,
      );
      await expectBodyRefused(
        await postBundle(oncologist, SAMPLE_TEXT, {
          contentType: 'application/fhir+json; fhirVersion=3.0',
        }),
        422,
        'fhir_bundle_invalid',
        [
          {
            path: 'Bundle',
            message: 'FHIR version 3.0 is not supported; send R4 (4.0.1)',
            code: 'fhir_version_unsupported',
            params: { version: '3.0' },
          },
        ],
        before,
      );
      const accepted = await postBundle(oncologist, SAMPLE_TEXT, {
        query: '?dryRun=true',
        contentType: 'application/fhir+json; fhirVersion=4.0',
      });
      expect(accepted.status, accepted.text).toBe(200);
    });

    it('refuses a bundle about two patients', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const before = await storedState(server.db);
      const bundle = sample();
      bundle.entry.push({ resource: { resourceType: 'Patient', id: 'other' } });
      await expectBodyRefused(
        await postBundle(oncologist, bundle),
        422,
        'fhir_bundle_invalid',
        [
          {
            path: `Bundle.entry[${bundle.entry.length - 1}].resource`,
            message: expect.stringContaining('More than one Patient'),
            code: 'second_patient',
          },
        ],
        before,
      );
    });

    it('refuses a diagnosis coded only in an unknown code system', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const before = await storedState(server.db);
      const bundle = sample();
      const copd = bundle.entry.find((entry) => entry.resource.id === 'cond-copd')?.resource;
      expect(copd).toBeDefined();
      if (copd) copd.code = { coding: [{ system: 'http://example.org/local', code: 'LUNG-1' }] };
      await expectBodyRefused(
        await postBundle(oncologist, bundle),
        422,
        'fhir_bundle_invalid',
        [
          {
            path: 'Bundle.entry[2].resource.code.coding',
            message: expect.stringContaining('Unknown code system'),
            code: 'condition_code_system_unknown',
          },
        ],
        before,
      );
    });

    it('refuses a diagnosis dated after today by its FHIR element, in the dry run too', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const before = await storedState(server.db);
      const bundle = sample();
      const primary = bundle.entry[1]?.resource;
      expect(primary?.id).toBe('cond-lung-primary');
      if (primary) primary.onsetDateTime = '2099-01-01';
      const late = [
        {
          path: 'Bundle.entry[1].resource.onsetDateTime',
          message: expect.stringContaining('Date is in the future'),
          code: 'date_in_future',
          params: { today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
        },
      ];
      for (const query of ['?dryRun=true', '']) {
        await expectBodyRefused(
          await postBundle(oncologist, bundle, { query }),
          422,
          'fhir_bundle_invalid',
          late,
          before,
        );
      }
    });

    it("refuses a bundle that would exceed the case's limits", async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const before = await storedState(server.db);
      const bundle = sample();
      const pdl1 = bundle.entry.find((entry) => entry.resource.id === 'obs-pdl1')?.resource;
      expect(pdl1).toBeDefined();
      for (let index = 0; index < 28; index += 1)
        bundle.entry.push({ resource: { ...pdl1, id: `extra-${index}` } });
      await expectBodyRefused(
        await postBundle(oncologist, bundle),
        422,
        'fhir_bundle_invalid',
        [
          {
            path: `Bundle.entry[${bundle.entry.length - 1}].resource`,
            message: "More than 30 biomarkers exceed the case's limit",
            code: 'too_many_biomarkers',
            params: { max: 30 },
          },
        ],
        before,
      );
    });

    it('refuses a body over 5 MB with 413', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const before = await storedState(server.db);
      const bundle = { ...sample(), identifier: { value: 'x'.repeat(FHIR_BUNDLE_MAX_BYTES) } };
      await expectBodyRefused(
        await postBundle(oncologist, bundle),
        413,
        'payload_too_large',
        [
          {
            path: 'Bundle',
            message: 'Body larger than 5 MB',
            code: 'body_too_large',
            params: { maxMegabytes: 5 },
          },
        ],
        before,
      );
    });

    it('refuses other content types with 415', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const before = await storedState(server.db);
      for (const contentType of ['text/plain', 'application/fhir+xml']) {
        await expectBodyRefused(
          await postBundle(oncologist, SAMPLE_TEXT, { contentType }),
          415,
          'unsupported_media_type',
          undefined,
          before,
        );
      }
    });
  });
});

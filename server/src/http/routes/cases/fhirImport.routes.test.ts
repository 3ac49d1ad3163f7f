import { FhirImportPreviewResponseSchema, LIMITS } from '@konsil/shared';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../storage/db';
import type { DialectName } from '../../../storage/dialect';
import { caseOf, signIn } from '../../../test/api';
import { caseUpdate, contentOf } from '../../../test/caseContent';
import { describeEachDatabase } from '../../../test/databases';
import { auditRows, userIdOf } from '../../../test/queries';
import { expectError } from '../../../test/refusals';
import {
  COORDINATOR_BERLIN,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  SAMPLE_MRN,
  SAMPLE_TEXT,
  sample,
  storedState,
  useImportServer,
} from './fhirImportTestKit';

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

describeEachDatabase('FHIR bundle import', (dialect) => {
  const env = useImportServer(dialect);

  describe('a dry run', () => {
    it('answers the preview and stores nothing', async () => {
      const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
      const before = await storedState(env.server.db);
      const answer = await env.postBundle(oncologist, SAMPLE_TEXT, { query: '?dryRun=true' });
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
      expect(await storedState(env.server.db)).toEqual(before);
    });

    it('reads a bundle larger than other requests may be, sent as application/json', async () => {
      const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
      const bundle = { ...sample(), identifier: { value: 'x'.repeat(4 * LIMITS.jsonBodyBytes) } };
      const answer = await env.postBundle(oncologist, bundle, {
        query: '?dryRun=true',
        contentType: 'application/json; charset=utf-8',
      });
      expect(answer.status, answer.text).toBe(200);
      expect(FhirImportPreviewResponseSchema.parse(answer.body).preview.case.homeReference).toBe(
        SAMPLE_MRN,
      );
    });

    it('refuses a dryRun that is neither true nor false', async () => {
      const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
      const answer = await env.postBundle(oncologist, SAMPLE_TEXT, { query: '?dryRun=yes' });
      expectError(answer, 400, 'validation_failed', {
        fields: [{ path: 'dryRun', message: expect.any(String) }],
      });
      expect((await storedState(env.server.db)).cases).toBe(0);
    });
  });

  describe('an import', () => {
    it('creates a draft on the board, audited as created from FHIR, with the MRN for Berlin only', async () => {
      const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
      const answer = await env.postBundle(oncologist, SAMPLE_TEXT);
      expect(answer.status, answer.text).toBe(201);
      const created = caseOf(answer);
      expect(created).toMatchObject({
        boardId: env.board.id,
        status: 'draft',
        homeReference: SAMPLE_MRN,
        question: '',
        consent: false,
        diagnosis: { icd10: { code: 'C34.1' }, morphology: '8140/3' },
        ecog: 1,
      });

      const dryRun = await env.postBundle(oncologist, SAMPLE_TEXT, { query: '?dryRun=true' });
      const { preview } = FhirImportPreviewResponseSchema.parse(dryRun.body);
      const [audit, ...more] = await auditRows(env.server.db, {
        action: 'case.created',
        objectId: created.id,
      });
      expect(more).toEqual([]);
      expect(audit).toMatchObject({
        outcome: 'allowed',
        actor_user_id: await userIdOf(env.server.db, ONCOLOGIST_BERLIN),
      });
      expect(JSON.parse(audit?.details ?? 'null')).toEqual({
        source: 'fhir',
        dropped: preview.dropped.length,
        unmapped: preview.unmapped.length,
      });

      const coordinator = await signIn(env.server, COORDINATOR_BERLIN);
      const casePath = `/api/boards/${env.board.id}/cases/${created.id}`;
      expect(caseOf(await coordinator.get(casePath)).homeReference).toBe(SAMPLE_MRN);

      // Without consent the draft stays at home; with it, Seoul reads it without the MRN.
      const seoul = await signIn(env.server, ONCOLOGIST_SEOUL);
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
      const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
      expect(
        (await env.postBundle(oncologist, SAMPLE_TEXT, { query: '?dryRun=true' })).status,
      ).toBe(200);
      expect((await env.postBundle(oncologist, SAMPLE_TEXT)).status).toBe(201);
      const twoPatients = sample();
      twoPatients.entry.push({ resource: { ...(sample().entry[0]?.resource ?? {}), id: 'p2' } });
      expect((await env.postBundle(oncologist, twoPatients)).status).toBe(422);
      expect((await env.postBundle(oncologist, `${SAMPLE_TEXT.slice(0, -3)}`)).status).toBe(400);
      const observer = await signIn(env.server, OBSERVER_BERLIN);
      expect((await env.postBundle(observer, SAMPLE_TEXT)).status).toBe(403);

      const stored = await databaseText(env.server.db, dialect);
      // The dump holds the imported content: the kept record number is there.
      expect(stored).toContain(SAMPLE_MRN);
      expect(leaksIn(stored)).toEqual([]);

      const auditTrail = await auditRows(env.server.db);
      expect(auditTrail.map((row) => row.action)).toContain('case.created');
      expect(leaksIn(JSON.stringify(auditTrail))).toEqual([]);

      const logged = env.logs.join('');
      expect(logged).toContain('/cases/fhir');
      expect(leaksIn(logged)).toEqual([]);
    });
  });
});

import { readFileSync } from 'node:fs';
import { MinutesResponseSchema } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mapBundleToCase } from '../../../fhir/importBundle';
import { caseOf, signIn } from '../../../test/api';
import { contentOf } from '../../../test/caseContent';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard } from '../../../test/factories';
import { fhirIssuesOf } from '../../../test/fhirValidator';
import {
  COORDINATOR_BERLIN,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  ONCOLOGIST_VIENNA,
  runBoardToEnd,
} from '../../../test/minutesBoard';
import { auditRows } from '../../../test/queries';
import { expectError, expectSameAsMissing, expectValidationFailed } from '../../../test/refusals';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

/** A case id no case has: what "not there" answers. */
const MISSING_CASE = '5b0e0f5e-8a8c-4c8e-9b7e-3f3c2d1e0a99';
const TUMOR_BOARD_REVIEW = { system: 'http://snomed.info/sct', code: '720006006' };
const MINUTES_HASH_SYSTEM = 'https://konsil.example/fhir/sid/minutes-content-hash';
const PSEUDONYM_SYSTEM = 'https://konsil.example/fhir/sid/case-pseudonym';
const RECOMMENDATION_VERSION =
  'https://konsil.example/fhir/StructureDefinition/recommendation-version';
const POSITION_COUNTED = 'https://konsil.example/fhir/StructureDefinition/position-counted';
const MR = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] };

type Resource = Record<string, unknown> & { resourceType: string };
interface Bundle {
  resourceType: string;
  type: string;
  entry: { fullUrl: string; resource: Resource }[];
}

/** The bundle of a 200 answer, after checking status and media type. */
function bundleOf(answer: { status: number; headers: Headers; body: unknown; text: string }) {
  expect(answer.status, answer.text).toBe(200);
  expect(answer.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
  expect(answer.headers.get('cache-control')).toBe('no-store');
  return answer.body as Bundle;
}

const resourcesOf = (bundle: Bundle, type: string) =>
  bundle.entry.map((entry) => entry.resource).filter((resource) => resource.resourceType === type);

/** The case ids of the bundle's tumor board reviews. */
const reviewedCaseIds = (bundle: Bundle) =>
  resourcesOf(bundle, 'Procedure')
    .filter((procedure) => JSON.stringify(procedure.code).includes(TUMOR_BOARD_REVIEW.code))
    .map((procedure) => (procedure.identifier as { value: string }[])[0]?.value);

async function expectValidR4(bundle: Bundle) {
  expect(bundle.entry.length).toBeGreaterThan(0);
  expect(await fhirIssuesOf(bundle)).toEqual([]);
}

/** FHIR export audit records, their case ids and details. */
async function exportAudits(server: TestServer) {
  const rows = await auditRows(server.db, { action: 'case.exported' });
  return rows
    .map((row) => ({ caseId: row.object_id, details: JSON.parse(row.details ?? '{}') }))
    .filter((row) => row.details.format === 'fhir');
}

describeEachDatabase('FHIR export', (dialect) => {
  let server: TestServer;
  let ended: Awaited<ReturnType<typeof runBoardToEnd>>;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    ended = await runBoardToEnd(server);
  });

  afterEach(async () => {
    ended.chair.close();
    await server.close();
  });

  const casePath = (caseId: string, query = '') =>
    `/api/boards/${ended.board.id}/cases/${caseId}/fhir${query}`;
  const boardPath = (query = '') => `/api/boards/${ended.board.id}/fhir${query}`;
  const berlinMrn = () => {
    expect(ended.berlinCase.homeReference).toEqual(expect.any(String));
    return String(ended.berlinCase.homeReference);
  };
  const sign = async () => {
    const minutesPath = `/api/boards/${ended.board.id}/minutes`;
    const coordinator = ended.chair.browser;
    const draft = MinutesResponseSchema.parse((await coordinator.get(minutesPath)).body);
    const signed = await coordinator.post(`${minutesPath}/sign`, {
      draftHash: draft.minutes.draftHash,
    });
    expect(signed.status, signed.text).toBe(201);
    return MinutesResponseSchema.parse(signed.body).minutes;
  };

  describe('a decided case', () => {
    it('exports review, recommendation and positions as resources valid against FHIR R4', async () => {
      const seoul = await signIn(server, ONCOLOGIST_SEOUL);
      const bundle = bundleOf(await seoul.get(casePath(ended.berlinCase.id)));
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      await expectValidR4(bundle);

      const [review] = resourcesOf(bundle, 'Procedure').filter((procedure) =>
        JSON.stringify(procedure.code).includes(TUMOR_BOARD_REVIEW.code),
      );
      const [condition] = resourcesOf(bundle, 'Condition');
      expect(review).toMatchObject({
        status: 'completed',
        code: { coding: [expect.objectContaining(TUMOR_BOARD_REVIEW)] },
        performedDateTime: expect.any(String),
        reasonReference: [{ reference: `urn:uuid:${condition?.id}` }],
        outcome: { coding: [expect.objectContaining({ code: 'decided' })] },
      });
      expect(condition).toMatchObject({
        code: {
          coding: [
            {
              system: 'http://fhir.de/CodeSystem/bfarm/icd-10-gm',
              version: '2025',
              code: 'C34.1',
            },
          ],
        },
        bodySite: [
          { coding: [expect.objectContaining({ code: 'C34.1', version: '3.2' })] },
          { coding: [expect.objectContaining({ code: 'R' })] },
        ],
        onsetDateTime: '2026-10-02',
      });

      const [plan] = resourcesOf(bundle, 'CarePlan');
      expect(plan).toMatchObject({
        status: 'active',
        intent: 'plan',
        description: expect.stringContaining('Lobektomie'),
        extension: expect.arrayContaining([{ url: RECOMMENDATION_VERSION, valuePositiveInt: 1 }]),
        activity: [
          { detail: { code: { coding: [expect.objectContaining({ code: 'surgery' })] } } },
          {
            detail: {
              code: { coding: [expect.objectContaining({ code: 'systemic-therapy' })] },
            },
          },
        ],
      });

      const positions = resourcesOf(bundle, 'Observation').filter((observation) =>
        JSON.stringify(observation.code).includes('"position"'),
      );
      expect(
        positions.map((position) => ({
          answer: (position.valueCodeableConcept as { coding: { code: string }[] }).coding[0]?.code,
          focus: position.focus,
          extension: position.extension,
        })),
      ).toEqual(
        ['agree', 'agree', 'disagree'].map((answer) => ({
          answer,
          focus: [{ reference: `urn:uuid:${plan?.id}` }],
          extension: [
            { url: RECOMMENDATION_VERSION, valuePositiveInt: 1 },
            { url: POSITION_COUNTED, valueBoolean: true },
          ],
        })),
      );
      // Not signed yet: no minutes.
      expect(resourcesOf(bundle, 'Composition')).toEqual([]);
    });

    it('names the patient only by pseudonym, keeps the record number out and audits the export', async () => {
      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const answer = await coordinator.get(casePath(ended.berlinCase.id));
      const bundle = bundleOf(answer);
      const patients = resourcesOf(bundle, 'Patient');
      expect(patients).toEqual([
        {
          resourceType: 'Patient',
          id: expect.any(String),
          identifier: [
            { use: 'secondary', system: PSEUDONYM_SYSTEM, value: ended.berlinCase.pseudonym },
          ],
          gender: 'female',
        },
      ]);
      expect(answer.text).not.toContain(berlinMrn());
      // No name, birth date, address or phone: as keys anywhere in the bundle.
      expect(answer.text).not.toMatch(/"(name|birthDate|address|telecom)":/);
      expect(await exportAudits(server)).toEqual([
        { caseId: ended.berlinCase.id, details: { format: 'fhir', identified: false } },
      ]);
    });

    it('adds the record number for the home coordinator with ?identified=true, audited without it', async () => {
      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const bundle = bundleOf(
        await coordinator.get(casePath(ended.berlinCase.id, '?identified=true')),
      );
      await expectValidR4(bundle);
      const [patient] = resourcesOf(bundle, 'Patient');
      expect(patient?.identifier).toEqual([
        { use: 'secondary', system: PSEUDONYM_SYSTEM, value: ended.berlinCase.pseudonym },
        expect.objectContaining({ type: MR, value: berlinMrn() }),
      ]);
      expect(await exportAudits(server)).toEqual([
        { caseId: ended.berlinCase.id, details: { format: 'fhir', identified: true } },
      ]);
      const audit = JSON.stringify(await auditRows(server.db));
      expect(audit).not.toContain(berlinMrn());
    });

    it('refuses ?identified=true to another institution with 403, never sending the number', async () => {
      const seoul = await signIn(server, ONCOLOGIST_SEOUL);
      const answer = await seoul.get(casePath(ended.berlinCase.id, '?identified=true'));
      expectError(answer, 403, 'forbidden');
      expect(answer.text).not.toContain(berlinMrn());
      const refusals = await auditRows(server.db, { action: 'access.refused' });
      expect(refusals.map((row) => JSON.parse(row.details ?? '{}'))).toEqual([
        { attempted: 'case:readHomeReference' },
      ]);
      expect(await exportAudits(server)).toEqual([]);
    });

    it('refuses ?identified=true to a Berlin observer with 403', async () => {
      const observer = await signIn(server, OBSERVER_BERLIN);
      expectError(
        await observer.get(casePath(ended.berlinCase.id, '?identified=true')),
        403,
        'forbidden',
      );
      // Without the number the observer may export what they may read.
      bundleOf(await observer.get(casePath(ended.berlinCase.id)));
    });

    it('refuses identified values other than true or false with 400 naming the field', async () => {
      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      expectValidationFailed(
        await coordinator.get(casePath(ended.berlinCase.id, '?identified=maybe')),
        ['identified'],
      );
      expectValidationFailed(await coordinator.get(boardPath('?identified=1')), ['identified']);
      expect(await exportAudits(server)).toEqual([]);
    });

    it('answers a case the reader may not see exactly like a missing case', async () => {
      const seoul = await signIn(server, ONCOLOGIST_SEOUL);
      // The hidden case has no consent: Seoul may not read it, so may not export it.
      expectError(
        await seoul.get(`/api/boards/${ended.board.id}/cases/${ended.hiddenCase.id}`),
        404,
        'not_found',
      );
      expectSameAsMissing(
        await seoul.get(casePath(ended.hiddenCase.id)),
        await seoul.get(casePath(MISSING_CASE)),
        'a case without consent, from another institution',
      );
      expect(await exportAudits(server)).toEqual([]);
    });
  });

  describe('the whole board', () => {
    it('holds only the cases the reader may see, and no minutes until they are signed', async () => {
      const seoul = await signIn(server, ONCOLOGIST_SEOUL);
      const bundle = bundleOf(await seoul.get(boardPath()));
      await expectValidR4(bundle);
      expect(reviewedCaseIds(bundle)).toEqual([ended.berlinCase.id, ended.seoulCase.id]);
      expect(resourcesOf(bundle, 'Composition')).toEqual([]);
      expect((await exportAudits(server)).map((row) => row.caseId)).toEqual([
        ended.berlinCase.id,
        ended.seoulCase.id,
      ]);

      const berlin = await signIn(server, ONCOLOGIST_BERLIN);
      expect(reviewedCaseIds(bundleOf(await berlin.get(boardPath())))).toEqual([
        ended.berlinCase.id,
        ended.seoulCase.id,
        ended.hiddenCase.id,
      ]);
    });

    it('carries the signed minutes as a Composition identified by their content hash', async () => {
      const signed = await sign();
      const hash = signed.signature?.contentHash;
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      const seoul = await signIn(server, ONCOLOGIST_SEOUL);
      const bundle = bundleOf(await seoul.get(boardPath()));
      await expectValidR4(bundle);
      const compositions = resourcesOf(bundle, 'Composition');
      expect(compositions).toHaveLength(1);
      expect(compositions[0]).toMatchObject({
        identifier: { system: MINUTES_HASH_SYSTEM, value: `sha256:${hash}` },
        status: 'final',
      });
      const sections = compositions[0]?.section as { title: string; text: { div: string } }[];
      expect(sections.map((section) => section.title)).toEqual([
        `${ended.berlinCase.pseudonym} (CCCC)`,
        `${ended.seoulCase.pseudonym} (SCCC)`,
      ]);
      expect(sections[0]?.text.div).toContain('Lobektomie');

      // One case alone carries the minutes too, with its own section.
      const single = bundleOf(await seoul.get(casePath(ended.seoulCase.id)));
      await expectValidR4(single);
      expect(resourcesOf(single, 'Composition')).toEqual([
        expect.objectContaining({
          identifier: { system: MINUTES_HASH_SYSTEM, value: `sha256:${hash}` },
          section: [expect.objectContaining({ title: `${ended.seoulCase.pseudonym} (SCCC)` })],
        }),
      ]);
    });

    it('adds record numbers only for the reader’s own institution’s cases with ?identified=true', async () => {
      const seoul = await signIn(server, ONCOLOGIST_SEOUL);
      const answer = await seoul.get(boardPath('?identified=true'));
      const bundle = bundleOf(answer);
      await expectValidR4(bundle);
      expect(answer.text).not.toContain(berlinMrn());
      const withNumber = resourcesOf(bundle, 'Patient').filter((patient) =>
        JSON.stringify(patient.identifier).includes('"MR"'),
      );
      expect(withNumber).toEqual([
        expect.objectContaining({
          identifier: [
            { use: 'secondary', system: PSEUDONYM_SYSTEM, value: ended.seoulCase.pseudonym },
            expect.objectContaining({ type: MR, value: ended.seoulCase.homeReference }),
          ],
        }),
      ]);
      expect(await exportAudits(server)).toEqual([
        { caseId: ended.berlinCase.id, details: { format: 'fhir', identified: false } },
        { caseId: ended.seoulCase.id, details: { format: 'fhir', identified: true } },
      ]);
    });

    it('answers a board the reader may not see like a missing board, and nobody signed out', async () => {
      const vienna = await signIn(server, ONCOLOGIST_VIENNA);
      expectSameAsMissing(
        await vienna.get(boardPath()),
        await vienna.get(`/api/boards/${MISSING_CASE}/fhir`),
        'a board of other institutions',
      );
      expectSameAsMissing(
        await vienna.get(casePath(ended.berlinCase.id)),
        await vienna.get(`/api/boards/${MISSING_CASE}/cases/${ended.berlinCase.id}/fhir`),
        'a case on a board of other institutions',
      );
      expectError(await server.client().get(boardPath()), 401, 'unauthenticated');
      expectError(await server.client().get(casePath(ended.berlinCase.id)), 401, 'unauthenticated');
      expect(await exportAudits(server)).toEqual([]);
    });

    it('refuses ?identified=true with 403 to someone who may see no case’s record number', async () => {
      const observer = await signIn(server, OBSERVER_BERLIN);
      const answer = await observer.get(boardPath('?identified=true'));
      expectError(answer, 403, 'forbidden');
      expect(answer.text).not.toContain(berlinMrn());
      expect(await exportAudits(server)).toEqual([]);
    });
  });

  describe('round trip', () => {
    it('an imported bundle, exported again, maps back to the same clinical content', async () => {
      const board = await buildBoard(server.db, {
        host: 'CCCC',
        guests: ['SCCC'],
        invited: [ONCOLOGIST_BERLIN],
      });
      const oncologist: TestClient = await signIn(server, ONCOLOGIST_BERLIN);
      const sample = readFileSync(
        new URL('../../../fhir/samples/lung-cancer-berlin.bundle.json', import.meta.url),
        'utf8',
      );
      const imported = await oncologist.request('POST', `/api/boards/${board.id}/cases/fhir`, {
        rawBody: sample,
        headers: { 'content-type': 'application/fhir+json' },
      });
      expect(imported.status, imported.text).toBe(201);
      const stored = contentOf(caseOf(imported));

      const exported = bundleOf(
        await oncologist.get(
          `/api/boards/${board.id}/cases/${caseOf(imported).id}/fhir?identified=true`,
        ),
      );
      await expectValidR4(exported);
      const mapped = mapBundleToCase(exported);
      if (!mapped.ok) throw new Error(JSON.stringify(mapped.problems));
      const again = mapped.content;

      expect(stored.biomarkers.length).toBeGreaterThan(0);
      expect(stored.references.length).toBeGreaterThan(0);
      expect(stored.priorTherapies.length).toBeGreaterThan(0);
      expect({
        sex: again.sex,
        diagnosis: again.diagnosis,
        staging: again.staging,
        ecog: again.ecog,
        biomarkers: again.biomarkers,
        references: again.references,
        homeReference: again.homeReference,
      }).toEqual({
        sex: stored.sex,
        diagnosis: stored.diagnosis,
        staging: stored.staging,
        ecog: stored.ecog,
        biomarkers: stored.biomarkers,
        references: stored.references,
        homeReference: stored.homeReference,
      });
      // The board's review is a Procedure too, but not a therapy: it is left out, and said so.
      expect(again.priorTherapies).toEqual(stored.priorTherapies);
      expect(mapped.unmapped).toContainEqual(
        expect.objectContaining({ code: 'procedure_board_review' }),
      );
      // Documented gaps: no birth date (so no age), comorbidities only as a note, PROMs as scores.
      expect({
        age: again.ageYears,
        comorbidities: again.comorbidities,
        proms: again.proms,
      }).toEqual({ age: null, comorbidities: '', proms: [] });
    });
  });
});

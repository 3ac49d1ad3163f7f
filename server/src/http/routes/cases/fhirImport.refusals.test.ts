import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { FHIR_BUNDLE_MAX_BYTES } from '../../../fhir/importBundle';
import { signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { auditRows } from '../../../test/queries';
import { expectError, expectSameAsMissing } from '../../../test/refusals';
import {
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_VIENNA,
  SAMPLE_TEXT,
  sample,
  storedState,
  useImportServer,
} from './fhirImportTestKit';

describeEachDatabase('FHIR bundle import refusals', (dialect) => {
  const env = useImportServer(dialect);

  /** A refused body: the status, the id, the FHIR paths, and nothing stored or audited. */
  async function expectBodyRefused(
    answer: { status: number; headers: Headers; body: unknown; text: string },
    status: number,
    id: Parameters<typeof expectError>[2],
    fields: { path: string; message: unknown; code: string; params?: object }[] | undefined,
    before: Awaited<ReturnType<typeof storedState>>,
  ) {
    expectError(answer, status, id, fields ? { fields: fields as never } : {});
    expect(await storedState(env.server.db)).toEqual(before);
  }

  it('refuses a signed-out request before reading the body', async () => {
    const before = await storedState(env.server.db);
    const answer = await env.postBundle(env.server.client(), SAMPLE_TEXT);
    expectError(answer, 401, 'unauthenticated');
    expect(await storedState(env.server.db)).toEqual(before);
  });

  it('refuses an observer of the home institution, and stores no case', async () => {
    const observer = await signIn(env.server, OBSERVER_BERLIN);
    const before = await storedState(env.server.db);
    const answer = await env.postBundle(observer, SAMPLE_TEXT);
    expectError(answer, 403, 'forbidden');
    expect(await storedState(env.server.db)).toEqual({ cases: 0, audit: before.audit + 1 });
    const [refusal] = await auditRows(env.server.db, { action: 'access.refused' });
    expect(refusal).toMatchObject({ outcome: 'refused' });
  });

  it('answers a clinician of an institution not on the board as if the board did not exist', async () => {
    const vienna = await signIn(env.server, ONCOLOGIST_VIENNA);
    const refused = await env.postBundle(vienna, SAMPLE_TEXT);
    const missing = await env.postBundle(vienna, SAMPLE_TEXT, { boardId: randomUUID() });
    expectSameAsMissing(refused, missing, 'Vienna on a Berlin–Seoul board');
    expect((await storedState(env.server.db)).cases).toBe(0);
  });

  it('refuses a body that is not JSON with 400 invalid_json', async () => {
    const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
    const before = await storedState(env.server.db);
    await expectBodyRefused(
      await env.postBundle(oncologist, '{"resourceType": "Bundle", "entry": ['),
      400,
      'invalid_json',
      [{ path: 'Bundle', message: 'Body is not JSON', code: 'body_not_json' }],
      before,
    );
  });

  it('refuses a resource that is not a Bundle', async () => {
    const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
    const before = await storedState(env.server.db);
    await expectBodyRefused(
      await env.postBundle(oncologist, { resourceType: 'Patient', id: 'p1' }),
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
    const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
    const before = await storedState(env.server.db);
    await expectBodyRefused(
      await env.postBundle(oncologist, { ...sample(), fhirVersion: '5.0.0' }),
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
      await env.postBundle(oncologist, SAMPLE_TEXT, {
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
    const accepted = await env.postBundle(oncologist, SAMPLE_TEXT, {
      query: '?dryRun=true',
      contentType: 'application/fhir+json; fhirVersion=4.0',
    });
    expect(accepted.status, accepted.text).toBe(200);
  });

  it('refuses a bundle about two patients', async () => {
    const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
    const before = await storedState(env.server.db);
    const bundle = sample();
    bundle.entry.push({ resource: { resourceType: 'Patient', id: 'other' } });
    await expectBodyRefused(
      await env.postBundle(oncologist, bundle),
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
    const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
    const before = await storedState(env.server.db);
    const bundle = sample();
    const copd = bundle.entry.find((entry) => entry.resource.id === 'cond-copd')?.resource;
    expect(copd).toBeDefined();
    if (copd) copd.code = { coding: [{ system: 'http://example.org/local', code: 'LUNG-1' }] };
    await expectBodyRefused(
      await env.postBundle(oncologist, bundle),
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
    const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
    const before = await storedState(env.server.db);
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
        await env.postBundle(oncologist, bundle, { query }),
        422,
        'fhir_bundle_invalid',
        late,
        before,
      );
    }
  });

  it("refuses a bundle that would exceed the case's limits", async () => {
    const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
    const before = await storedState(env.server.db);
    const bundle = sample();
    const pdl1 = bundle.entry.find((entry) => entry.resource.id === 'obs-pdl1')?.resource;
    expect(pdl1).toBeDefined();
    for (let index = 0; index < 28; index += 1)
      bundle.entry.push({ resource: { ...pdl1, id: `extra-${index}` } });
    await expectBodyRefused(
      await env.postBundle(oncologist, bundle),
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
    const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
    const before = await storedState(env.server.db);
    const bundle = { ...sample(), identifier: { value: 'x'.repeat(FHIR_BUNDLE_MAX_BYTES) } };
    await expectBodyRefused(
      await env.postBundle(oncologist, bundle),
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
    const oncologist = await signIn(env.server, ONCOLOGIST_BERLIN);
    const before = await storedState(env.server.db);
    for (const contentType of ['text/plain', 'application/fhir+xml']) {
      await expectBodyRefused(
        await env.postBundle(oncologist, SAMPLE_TEXT, { contentType }),
        415,
        'unsupported_media_type',
        undefined,
        before,
      );
    }
  });
});

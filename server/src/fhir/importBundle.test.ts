import { CreateCaseInputSchema } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { mapBundleToCase } from './importBundle';
import { mapped, refused, resourceOf, sample, sampleText } from './mapperTestKit';
import { ageAtDiagnosis } from './patient';

describe('mapBundleToCase: the sample bundle', () => {
  it('maps to the expected case content, which the shared schema accepts', () => {
    const result = mapped(mapBundleToCase(sample()));
    expect(CreateCaseInputSchema.safeParse(result.content).success).toBe(true);
    expect(result.content).toMatchObject({
      ageYears: 68,
      ageBand: null,
      sex: 'female',
      homeReference: 'PN-0048213',
      diagnosis: {
        icd10: { system: 'ICD-10-GM', code: 'C34.1' },
        topography: 'C34.1',
        morphology: '8140/3',
        laterality: 'right',
        diagnosedOn: '2026-09-22',
      },
      staging: {
        notApplicable: false,
        edition: '9',
        t: { prefix: 'c', category: 'T2a' },
        n: { prefix: 'c', category: 'N2a' },
        m: { prefix: 'c', category: 'M0' },
        uiccStage: 'IIIA',
      },
      ecog: 1,
      comorbidities: 'COPD GOLD 2 (J44.9)',
      consent: false,
    });
    expect(result.content.biomarkers).toEqual([
      { name: 'PD-L1 TPS (22C3)', result: '5 %' },
      { name: 'EGFR', result: 'p.(Leu858Arg) / c.2573T>G' },
      { name: 'ALK (IHC D5F3)', result: 'negative' },
    ]);
    expect(result.content.priorTherapies.map((therapy) => therapy.startedOn)).toEqual([
      '2026-10-12',
      '2026-10-12',
    ]);
    expect(result.content.references).toEqual([
      expect.objectContaining({
        kind: 'imaging',
        date: '2026-09-15',
        dicomStudyUid: '1.2.276.0.7230010.3.1.2.2831176.1.20260915',
      }),
      expect.objectContaining({ kind: 'pathology', date: '2026-09-22', dicomStudyUid: null }),
    ]);
  });

  it('reads the raw body text the same as parsed JSON', () => {
    expect(mapped(mapBundleToCase(sampleText())).content).toEqual(
      mapped(mapBundleToCase(sample())).content,
    );
  });

  it('leaves no name, birth date, address, phone, e-mail or insurance number in the result', () => {
    const serialized = JSON.stringify(mapped(mapBundleToCase(sample())));
    for (const secret of [
      'Beispiel',
      'Johanna',
      '1958',
      '14.03',
      'Lindenstraße',
      '10969',
      '5550 1847',
      'mail.example',
      'K482916357',
      '109519005',
      'JVBERi0',
    ])
      expect(serialized).not.toContain(secret);
  });

  it('reports each dropped identifying element and each unmapped item with its FHIR path', () => {
    const { dropped, unmapped } = mapped(mapBundleToCase(sample()));
    const droppedPaths = dropped.map((note) => note.path);
    for (const field of ['name', 'address', 'telecom', 'birthDate', 'identifier[1]', 'text'])
      expect(droppedPaths).toContain(`Bundle.entry[0].resource.${field}`);
    const codeAt = (field: string) =>
      dropped.find((note) => note.path === `Bundle.entry[0].resource.${field}`)?.code;
    expect(codeAt('name')).toBe('patient_name_dropped');
    expect(codeAt('birthDate')).toBe('patient_birth_date_dropped');
    expect(codeAt('identifier[1]')).toBe('identifier_dropped');
    expect(codeAt('text')).toBe('patient_narrative_dropped');
    expect(droppedPaths).not.toContain('Bundle.entry[0].resource.identifier[0]');
    expect(droppedPaths).toContain('Bundle.entry[13].resource.presentedForm');
    expect(unmapped).toContainEqual(
      expect.objectContaining({ path: 'Bundle.entry[12].resource.series' }),
    );
  });
});

describe('mapBundleToCase: the home record number', () => {
  it('takes the configured system instead of the MR type, and drops the rest', () => {
    const result = mapped(
      mapBundleToCase(sample(), { homeRecordNumberSystem: 'http://fhir.de/sid/gkv/kvid-10' }),
    );
    expect(result.content.homeReference).toBe('K482916357');
    expect(result.dropped.map((note) => note.path)).toContain(
      'Bundle.entry[0].resource.identifier[0]',
    );
  });

  it('imports no record number when two different MR identifiers compete', () => {
    const bundle = sample();
    const patient = resourceOf(bundle, 'Patient');
    const [mr] = patient.identifier as Record<string, unknown>[];
    patient.identifier = [mr, { ...mr, value: 'PN-9999999' }];
    const result = mapped(mapBundleToCase(bundle));
    expect(result.content.homeReference).toBeNull();
    const identifiers = result.dropped.filter((note) => note.path.includes('.identifier['));
    expect(identifiers.map((note) => note.code)).toEqual([
      'record_number_ambiguous',
      'record_number_ambiguous',
    ]);
  });
});

describe('age at diagnosis', () => {
  it('counts whole years up to the diagnosis date, the birthday included', () => {
    expect(ageAtDiagnosis('1958-03-14', '2026-03-13', 'years')).toEqual({
      ageYears: 67,
      ageBand: null,
    });
    expect(ageAtDiagnosis('1958-03-14', '2026-03-14', 'years')).toEqual({
      ageYears: 68,
      ageBand: null,
    });
  });

  it('gives a band when asked, or when only the birth year is known and the band is certain', () => {
    expect(ageAtDiagnosis('1958-03-14', '2026-09-22', 'band')).toEqual({
      ageYears: null,
      ageBand: '60-69',
    });
    expect(ageAtDiagnosis('1958', '2026-09-22', 'years')).toEqual({
      ageYears: null,
      ageBand: '60-69',
    });
    expect(ageAtDiagnosis('1956', '2026-06-01', 'years')).toBeNull();
  });

  it('maps the sample to a band when the institution asks for bands', () => {
    const result = mapped(mapBundleToCase(sample(), { age: 'band' }));
    expect(result.content).toMatchObject({ ageYears: null, ageBand: '60-69' });
  });

  it('gives no age, and says why, when the diagnosis has no date', () => {
    const bundle = sample();
    const condition = resourceOf(bundle, 'Condition', 'cond-lung-primary');
    delete condition.onsetDateTime;
    delete condition.recordedDate;
    delete condition.extension;
    const result = mapped(mapBundleToCase(bundle));
    expect(result.content.ageYears).toBeNull();
    expect(result.unmapped).toContainEqual({
      path: 'Bundle.entry[0].resource.birthDate',
      code: 'age_needs_diagnosis_date',
      reason: 'Age at diagnosis needs the date of diagnosis',
    });
  });
});

describe('mapBundleToCase: the MII TNM profile', () => {
  it('reads T, N and M from the components of one stage-group Observation with its c/p prefixes and edition', () => {
    const bundle = sample();
    bundle.entry = bundle.entry.filter(
      (entry) => !['obs-ct', 'obs-cn', 'obs-cm', 'obs-stage'].includes(String(entry.resource.id)),
    );
    const uicc = (code: string) => ({
      coding: [{ system: 'https://www.uicc.org/resources/tnm', code }],
    });
    const prefix = (code: string) => [
      {
        url: 'https://www.medizininformatik-initiative.de/fhir/ext/modul-onko/StructureDefinition/mii-ex-onko-tnm-cp-praefix',
        valueCodeableConcept: { coding: [{ code }] },
      },
    ];
    const loinc = (code: string) => ({ coding: [{ system: 'http://loinc.org', code }] });
    bundle.entry.push({
      resource: {
        resourceType: 'Observation',
        id: 'tnm-mii',
        status: 'final',
        code: loinc('21908-9'),
        method: {
          coding: [
            {
              system:
                'https://www.medizininformatik-initiative.de/fhir/ext/modul-onko/CodeSystem/mii-cs-onko-tnm-version',
              code: '9',
            },
          ],
        },
        valueCodeableConcept: uicc('IIIA'),
        component: [
          { extension: prefix('c'), code: loinc('21905-5'), valueCodeableConcept: uicc('T2a') },
          { extension: prefix('p'), code: loinc('21900-6'), valueCodeableConcept: uicc('N2a') },
          { extension: prefix('c'), code: loinc('21907-1'), valueCodeableConcept: uicc('M0') },
        ],
      },
    });
    const result = mapped(mapBundleToCase(bundle));
    expect(result.content.staging).toMatchObject({
      edition: '9',
      t: { prefix: 'c', category: 'T2a' },
      n: { prefix: 'p', category: 'N2a' },
      m: { prefix: 'c', category: 'M0' },
      uiccStage: 'IIIA',
    });
  });

  it('refuses categories without an edition, naming the Observation', () => {
    const bundle = sample();
    for (const id of ['obs-ct', 'obs-cn', 'obs-cm', 'obs-stage']) {
      const observation = resourceOf(bundle, 'Observation', id);
      delete observation.method;
      const value = observation.valueCodeableConcept as { coding: Record<string, unknown>[] };
      for (const coding of value.coding) delete coding.version;
    }
    expect(refused(mapBundleToCase(bundle))).toEqual([
      {
        path: 'Bundle.entry[4].resource',
        code: 'tnm_edition_missing',
        reason: expect.stringContaining('Choose the TNM edition'),
      },
    ]);
  });
});

describe('mapBundleToCase: what is not placed is reported', () => {
  it('lists unknown resource types and a second cancer diagnosis with their paths', () => {
    const bundle = sample();
    const primary = resourceOf(bundle, 'Condition', 'cond-lung-primary');
    bundle.entry.push({ resource: { resourceType: 'Encounter', id: 'enc' } });
    bundle.entry.push({ resource: { ...primary, id: 'second' } });
    const { unmapped } = mapped(mapBundleToCase(bundle));
    const last = bundle.entry.length - 1;
    expect(unmapped).toContainEqual({
      path: `Bundle.entry[${last - 1}].resource`,
      code: 'resource_not_used',
      params: { resourceType: 'Encounter' },
      reason: 'Encounter is not used for a case',
    });
    expect(unmapped).toContainEqual({
      path: `Bundle.entry[${last}].resource`,
      code: 'second_cancer_diagnosis',
      reason: 'A second cancer diagnosis; a case has one primary diagnosis',
    });
  });

  it('does not take a cancer coded only in ICD-10 WHO or SNOMED CT as a comorbidity', () => {
    const bundle = sample();
    bundle.entry.push({
      resource: {
        resourceType: 'Condition',
        code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'C61' }] },
      },
    });
    bundle.entry.push({
      resource: {
        resourceType: 'Condition',
        meta: {
          profile: [
            'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-primary-cancer-condition',
          ],
        },
        code: { coding: [{ system: 'http://snomed.info/sct', code: '254637007' }] },
      },
    });
    const result = mapped(mapBundleToCase(bundle));
    expect(result.content.comorbidities).toBe('COPD GOLD 2 (J44.9)');
    const last = bundle.entry.length - 1;
    for (const index of [last - 1, last])
      expect(result.unmapped).toContainEqual({
        path: `Bundle.entry[${index}].resource.code`,
        code: 'cancer_diagnosis_uncoded',
        reason: expect.stringContaining('without an ICD-10-GM or KCD code'),
      });
  });

  it('skips refuted Conditions and cancelled Observations', () => {
    const bundle = sample();
    resourceOf(bundle, 'Condition', 'cond-copd').verificationStatus = {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'refuted' },
      ],
    };
    resourceOf(bundle, 'Observation', 'obs-alk').status = 'entered-in-error';
    const result = mapped(mapBundleToCase(bundle));
    expect(result.content.comorbidities).toBe('');
    expect(result.content.biomarkers.map((biomarker) => biomarker.name)).not.toContain(
      'ALK (IHC D5F3)',
    );
    expect(result.unmapped).toContainEqual(
      expect.objectContaining({ path: 'Bundle.entry[2].resource.verificationStatus' }),
    );
    expect(result.unmapped).toContainEqual(
      expect.objectContaining({ path: 'Bundle.entry[11].resource.status' }),
    );
  });

  it('prefers the pathological reading of an axis and reports the clinical one', () => {
    const bundle = sample();
    const clinicalT = resourceOf(bundle, 'Observation', 'obs-ct');
    bundle.entry.push({
      resource: {
        ...clinicalT,
        id: 'obs-pt',
        code: { coding: [{ system: 'http://loinc.org', code: '21899-0' }] },
        valueCodeableConcept: {
          coding: [{ system: 'https://www.uicc.org/resources/tnm', version: '9', code: 'T1c' }],
        },
      },
    });
    const result = mapped(mapBundleToCase(bundle));
    expect(result.content.staging.t).toEqual({ prefix: 'p', category: 'T1c' });
    expect(result.unmapped).toContainEqual({
      path: 'Bundle.entry[4].resource',
      code: 'tnm_reading_superseded',
      reason: 'Superseded by another reading of the same TNM axis',
    });
  });
});

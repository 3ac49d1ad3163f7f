import { type CaseContent, type CaseStatus, EMPTY_RECOMMENDATION } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import type { BoardRecord } from '../../storage/repositories/boards';
import type { CaseRecord } from '../../storage/repositories/cases';
import type { SignedMinutesRecord } from '../../storage/repositories/minutes';
import { lungCase } from '../../test/caseContent';
import { fhirIssuesOf } from '../../test/fhirValidator';
import { mapBundleToCase } from '../importBundle';
import { type CaseExport, exportBundle, type FhirBundle } from './bundle';

const BOARD: BoardRecord = {
  id: '0b5c1f0e-1d2a-4e5f-8a9b-0c1d2e3f4a5b',
  title: 'Thoracic <Board> & friends',
  tumorEntity: 'thoracic',
  status: 'ended',
  startsAt: '2026-12-10T15:00:00.000Z',
  timeZone: 'Europe/Berlin',
  durationMinutes: 90,
  hostInstitutionId: 'a1',
  videoUrl: null,
  version: 1,
  agendaVersion: 1,
  institutions: [],
  participants: [],
  participantIds: [],
  minutesSigned: false,
  minutesVersion: null,
};

function caseRecord(content: CaseContent, status: CaseStatus = 'decided'): CaseRecord {
  return {
    id: '7d3f2a10-5b6c-4d7e-8f90-a1b2c3d4e5f6',
    boardId: BOARD.id,
    homeInstitution: { id: 'a1', code: 'CCCC', name: 'Charité Comprehensive Cancer Center' },
    pseudonym: 'CCCC-K7Q2M',
    position: 1,
    allottedMinutes: 10,
    status,
    statusReason: status === 'deferred' ? 'PET-CT pending' : null,
    version: 1,
    presenter: null,
    createdBy: 'u1',
    consent: true,
    homeReference: 'CHA-MRN-12345678',
    content,
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
  };
}

function exportOf(exported: CaseExport[], minutes: SignedMinutesRecord[] = []): FhirBundle {
  const latest = minutes.at(-1);
  return exportBundle({
    scope: { kind: 'board', id: BOARD.id },
    board: BOARD,
    heldAt: '2026-12-10T15:02:00.000Z',
    cases: exported,
    minutes: latest ? { latest, previous: minutes.at(-2) ?? null } : null,
    timestamp: '2026-12-11T08:00:00.000Z',
  });
}

const plain = (content: CaseContent, status?: CaseStatus): CaseExport => ({
  item: caseRecord(content, status),
  withHomeReference: false,
  recommendation: null,
  positions: [],
});

const resourcesOf = (bundle: FhirBundle, type: string) =>
  bundle.entry.map((entry) => entry.resource).filter((resource) => resource.resourceType === type);

const reviewOf = (bundle: FhirBundle) =>
  resourcesOf(bundle, 'Procedure').find((procedure) =>
    JSON.stringify(procedure.code).includes('720006006'),
  );

describe('exportBundle', () => {
  it('maps back through the importer for KCD codes, ypTNM and every laterality', async () => {
    const variants: CaseContent[] = [
      lungCase('SCCC'),
      lungCase('CCCC', {
        references: [
          {
            kind: 'imaging',
            description: 'CT Thorax',
            date: null,
            dicomStudyUid: null,
            url: 'https://pacs.example.org/viewer/1',
          },
        ],
      }),
      lungCase('CCCC', {
        staging: {
          notApplicable: false,
          edition: '8',
          t: { prefix: 'yp', category: 'T1c' },
          n: { prefix: 'p', category: 'N0' },
          m: { prefix: 'c', category: 'M0' },
          uiccStage: 'IA3',
          grade: null,
        },
      }),
      ...(['left', 'bilateral', 'midline', 'not_applicable', 'unknown'] as const).map(
        (laterality) => lungCase('CCCC', { diagnosis: { ...lungCase().diagnosis, laterality } }),
      ),
    ];
    for (const content of variants) {
      const bundle = exportOf([plain(content)]);
      expect(await fhirIssuesOf(bundle)).toEqual([]);
      const mapped = mapBundleToCase(bundle);
      if (!mapped.ok) throw new Error(JSON.stringify(mapped.problems));
      expect(mapped.content.diagnosis).toEqual(content.diagnosis);
      // The importer reads no grade; everything else of the staging comes back.
      expect(mapped.content.staging).toEqual({ ...content.staging, grade: null });
    }
  });

  it('gives the review the status of the case: not-done when not reached, preparation before the board', () => {
    expect(reviewOf(exportOf([plain(lungCase(), 'not_discussed')]))).toMatchObject({
      status: 'not-done',
      outcome: { coding: [expect.objectContaining({ code: 'not-discussed' })] },
    });
    expect(reviewOf(exportOf([plain(lungCase(), 'not_discussed')]))).not.toHaveProperty(
      'performedDateTime',
    );
    expect(reviewOf(exportOf([plain(lungCase(), 'deferred')]))).toMatchObject({
      status: 'completed',
      performedDateTime: '2026-12-10T15:02:00.000Z',
      outcome: { text: 'PET-CT pending' },
    });
    const scheduled = exportBundle({
      scope: { kind: 'case', id: 'x' },
      board: { ...BOARD, status: 'scheduled' },
      heldAt: BOARD.startsAt,
      cases: [plain(lungCase(), 'ready')],
      minutes: null,
      timestamp: '2026-12-11T08:00:00.000Z',
    });
    expect(reviewOf(scheduled)?.status).toBe('preparation');
  });

  it('puts a deferred plan on hold and marks positions on an older version as not counted', async () => {
    const bundle = exportOf([
      {
        ...plain(lungCase(), 'deferred'),
        recommendation: {
          content: {
            ...EMPTY_RECOMMENDATION,
            decisionText: 'Re-stage after PET-CT',
            modalities: ['further_diagnostics'],
            isGuidelineConcordant: false,
            nonConcordanceReason: 'Guideline silent on this situation',
            trialRegistryId: 'NCT04613596',
            followUpOn: '2027-01-15',
          },
          version: 2,
          updatedBy: null,
          updatedAt: '2026-12-10T15:30:00.000Z',
        },
        positions: [
          {
            participant: { id: 'p1', name: 'Dr. A', institution: { id: 'a1', code: 'CCCC' } },
            position: 'abstain',
            note: '',
            statedAt: '2026-12-10T15:20:00.000Z',
            recommendationVersion: 1,
          },
        ],
      },
    ]);
    expect(await fhirIssuesOf(bundle)).toEqual([]);
    const [plan] = resourcesOf(bundle, 'CarePlan');
    expect(plan).toMatchObject({
      status: 'on-hold',
      activity: [
        { detail: { status: 'on-hold' } },
        { detail: { scheduledPeriod: { start: '2027-01-15' } } },
      ],
    });
    expect(JSON.stringify(plan)).toContain('NCT04613596');
    const positions = resourcesOf(bundle, 'Observation').filter((observation) =>
      JSON.stringify(observation.code).includes('"position"'),
    );
    expect(positions.map((position) => position.extension)).toEqual([
      [
        expect.objectContaining({ valuePositiveInt: 1 }),
        expect.objectContaining({ valueBoolean: false }),
      ],
    ]);
  });

  it('writes amended minutes as status amended, replacing the previous hash, with escaped text', async () => {
    const item = caseRecord(lungCase());
    const signedCase = {
      caseId: item.id,
      position: 1,
      pseudonym: item.pseudonym,
      homeInstitutionCode: 'CCCC',
      diagnosis: 'C34.1 <script>alert(1)</script>',
      stage: null,
      question: '',
      notes: 'line one\nline & two',
      recommendation: null,
      positions: [],
      tally: { agree: 0, disagree: 0, abstain: 0 },
      status: 'decided' as const,
      statusReason: null,
    };
    const version = (number: number, hash: string): SignedMinutesRecord => ({
      boardId: BOARD.id,
      version: number,
      content: {
        board: {
          id: BOARD.id,
          title: BOARD.title,
          tumorEntity: 'thoracic',
          startsAt: BOARD.startsAt,
          timeZone: BOARD.timeZone,
          startedAt: '2026-12-10T15:02:00.000Z',
          endedAt: '2026-12-10T16:20:00.000Z',
          host: { code: 'CCCC', name: 'Charité', timeZone: 'Europe/Berlin' },
          institutions: [],
        },
        attendance: [],
        cases: [signedCase],
        summary: '',
      },
      contentHash: hash.repeat(64),
      signedBy: { id: 'c1', name: 'Coordinator', institutionCode: 'CCCC' },
      signedAt: `2026-12-1${number}T09:00:00.000Z`,
      amendmentReason: number > 1 ? 'Typo' : null,
    });
    const bundle = exportOf([plain(lungCase())], [version(1, 'a'), version(2, 'b')]);
    expect(await fhirIssuesOf(bundle)).toEqual([]);
    const [composition] = resourcesOf(bundle, 'Composition');
    expect(composition).toMatchObject({
      status: 'amended',
      identifier: { value: `sha256:${'b'.repeat(64)}` },
      relatesTo: [{ code: 'replaces', targetIdentifier: { value: `sha256:${'a'.repeat(64)}` } }],
    });
    const div = JSON.stringify(composition?.section);
    expect(div).toContain('&lt;script&gt;');
    expect(div).toContain('line one<br/>line &amp; two');
    expect(div).not.toContain('<script>');
  });

  it('is flagged by the validator when a resource breaks the R4 definitions', async () => {
    const bundle = exportOf([plain(lungCase())]);
    const [patient] = resourcesOf(bundle, 'Patient');
    if (patient) patient.birthplace = 'Berlin';
    const [review] = resourcesOf(bundle, 'Procedure');
    if (review) review.reasonReference = [{ reference: `urn:uuid:${patient?.id}` }];
    const issues = await fhirIssuesOf(bundle);
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['Patient.birthplace', 'Procedure.reasonReference[0]']),
    );
  });
});

import { randomUUID } from 'node:crypto';
import { EMPTY_RECOMMENDATION, type RecommendationContent } from '@konsil/shared';
import type { Db } from '../storage/db';
import { buildBoard, buildCase } from '../test/factories';
import { institutionIdOf, userIdOf } from '../test/queries';

/**
 * Ended boards whose figures are known by hand (see analytics.figures.test.ts):
 * - `berlinOctober` (CCCC with SCCC, Berlin, 14 Oct): c1 decided (after a deferral it was
 *   reopened from), c2 from Seoul deferred, c3 not reached and carried over to `berlinNovember`;
 * - `seoulMorning` (SCCC with CCCC, Seoul, 08:00 KST on 1 Nov = 23:00 UTC on 31 Oct): c6 from
 *   Seoul and c7 decided;
 * - `berlinNovember` (CCCC with SCCC, 11 Nov): c3 decided, c5 to be presented again, and c4 —
 *   Seoul's, without consent — decided: Berlin never counts it;
 * - `viennaOnly` (VCCC alone) with a decided case, and `berlinScheduled` not yet held: never counted.
 */
export async function buildAnalyticsFixture(db: Db) {
  const board = (options: Parameters<typeof buildBoard>[1]) =>
    buildBoard(db, { status: 'ended', ...options });
  const berlinOctober = await board({
    host: 'CCCC',
    guests: ['SCCC'],
    title: 'Thoracic board',
    tumorEntity: 'thoracic',
    startsAt: '2026-10-14T14:00:00.000Z',
  });
  const seoulMorning = await board({
    host: 'SCCC',
    guests: ['CCCC'],
    title: 'Seoul GI board',
    tumorEntity: 'gastrointestinal',
    startsAt: '2026-10-31T23:00:00.000Z',
    timeZone: 'Asia/Seoul',
  });
  const berlinNovember = await board({
    host: 'CCCC',
    guests: ['SCCC'],
    title: 'Thoracic board',
    tumorEntity: 'thoracic',
    startsAt: '2026-11-11T15:00:00.000Z',
  });
  const viennaOnly = await board({
    host: 'VCCC',
    title: 'Vienna board',
    startsAt: '2026-10-20T12:00:00.000Z',
    timeZone: 'Europe/Vienna',
  });
  const berlinScheduled = await board({
    host: 'CCCC',
    guests: ['SCCC'],
    title: 'Thoracic board',
    status: 'scheduled',
    startsAt: '2026-12-09T15:00:00.000Z',
  });

  const item = async (
    onBoard: { id: string },
    home: 'CCCC' | 'SCCC' | 'VCCC',
    status: Parameters<typeof buildCase>[1]['status'],
    allottedMinutes: number,
    options: { consent?: boolean; submittedAt?: string } = {},
  ) => {
    const built = await buildCase(db, {
      board: onBoard,
      home,
      status,
      allottedMinutes,
      consent: options.consent ?? true,
    });
    await db
      .updateTable('cases')
      .set({ submitted_at: options.submittedAt ?? '2026-09-01T00:00:00.000Z' })
      .where('id', '=', built.id)
      .execute();
    return built;
  };
  const c1 = await item(berlinOctober, 'CCCC', 'decided', 10, {
    submittedAt: '2026-10-01T10:00:00.000Z',
  });
  const c2 = await item(berlinOctober, 'SCCC', 'deferred', 15);
  const c3 = await item(berlinNovember, 'CCCC', 'decided', 10, {
    submittedAt: '2026-10-02T10:00:00.000Z',
  });
  const c4 = await item(berlinNovember, 'SCCC', 'decided', 10, {
    consent: false,
    submittedAt: '2026-11-01T00:00:00.000Z',
  });
  const c5 = await item(berlinNovember, 'CCCC', 're_present', 10);
  const c6 = await item(seoulMorning, 'SCCC', 'decided', 20, {
    submittedAt: '2026-10-25T23:00:00.000Z',
  });
  const c7 = await item(seoulMorning, 'CCCC', 'decided', 15, {
    submittedAt: '2026-10-30T00:00:00.000Z',
  });
  const v1 = await item(viennaOnly, 'VCCC', 'decided', 10);
  await item(berlinScheduled, 'CCCC', 'ready', 10);

  const seqs = new Map<string, number>();
  const event = async (
    caseId: string,
    boardId: string,
    kind: string,
    at: string,
    extra: { outcome?: string; toBoardId?: string } = {},
  ) => {
    const seq = (seqs.get(caseId) ?? 0) + 1;
    seqs.set(caseId, seq);
    await db
      .insertInto('case_events')
      .values({
        id: randomUUID(),
        case_id: caseId,
        seq,
        kind,
        board_id: boardId,
        to_board_id: extra.toBoardId ?? null,
        outcome: extra.outcome ?? null,
        reason: extra.outcome === 'deferred' ? 'Awaiting PET-CT' : null,
        actor_id: null,
        at,
      })
      .execute();
  };
  const closed = (caseId: string, boardId: string, outcome: string, at: string) =>
    event(caseId, boardId, 'closed', at, { outcome });
  await closed(c1.id, berlinOctober.id, 'deferred', '2026-10-14T14:15:00.000Z');
  await event(c1.id, berlinOctober.id, 'reopened', '2026-10-14T14:16:00.000Z');
  await closed(c1.id, berlinOctober.id, 'decided', '2026-10-14T14:20:00.000Z');
  await closed(c2.id, berlinOctober.id, 'deferred', '2026-10-14T14:30:00.000Z');
  await event(c3.id, berlinOctober.id, 'not_discussed', '2026-10-14T15:30:00.000Z');
  await event(c3.id, berlinOctober.id, 'carried_over', '2026-10-15T09:00:00.000Z', {
    toBoardId: berlinNovember.id,
  });
  await closed(c3.id, berlinNovember.id, 'decided', '2026-11-11T15:30:00.000Z');
  await closed(c4.id, berlinNovember.id, 'decided', '2026-11-11T15:10:00.000Z');
  await closed(c5.id, berlinNovember.id, 're_present', '2026-11-11T15:40:00.000Z');
  await closed(c6.id, seoulMorning.id, 'decided', '2026-10-31T23:30:00.000Z');
  await closed(c7.id, seoulMorning.id, 'decided', '2026-10-31T23:40:00.000Z');
  await closed(v1.id, viennaOnly.id, 'decided', '2026-10-20T12:10:00.000Z');

  const recommend = async (caseId: string, content: Partial<RecommendationContent>) => {
    await db
      .insertInto('case_recommendations')
      .values({
        case_id: caseId,
        content: JSON.stringify({ ...EMPTY_RECOMMENDATION, ...content }),
        version: 1,
        updated_by: null,
        updated_at: '2026-10-01T00:00:00.000Z',
      })
      .execute();
  };
  await recommend(c1.id, {
    intent: 'curative',
    modalities: ['surgery', 'systemic_therapy'],
    isGuidelineConcordant: true,
  });
  await recommend(c3.id, {
    intent: 'palliative',
    modalities: ['systemic_therapy'],
    isGuidelineConcordant: false,
    nonConcordanceReason: 'Patient declines surgery',
  });
  await recommend(c4.id, {
    intent: 'curative',
    modalities: ['radiotherapy'],
    isGuidelineConcordant: true,
  });
  await recommend(c6.id, { intent: 'diagnostic', modalities: ['further_diagnostics'] });
  await recommend(c7.id, { isGuidelineConcordant: true });
  await recommend(v1.id, { intent: 'curative', modalities: ['surgery'] });

  const span = (boardId: string, caseId: string, startedAt: string, endedAt: string) =>
    db
      .insertInto('case_discussions')
      .values({
        id: randomUUID(),
        board_id: boardId,
        case_id: caseId,
        started_at: startedAt,
        ended_at: endedAt,
      })
      .execute();
  // c1 twice (5 + 7 = 12 minutes), the others once.
  await span(berlinOctober.id, c1.id, '2026-10-14T14:00:00.000Z', '2026-10-14T14:05:00.000Z');
  await span(berlinOctober.id, c2.id, '2026-10-14T14:05:00.000Z', '2026-10-14T14:23:00.000Z');
  await span(berlinOctober.id, c1.id, '2026-10-14T14:25:00.000Z', '2026-10-14T14:32:00.000Z');
  await span(berlinNovember.id, c4.id, '2026-11-11T15:00:00.000Z', '2026-11-11T15:10:00.000Z');
  await span(berlinNovember.id, c3.id, '2026-11-11T15:10:00.000Z', '2026-11-11T15:30:00.000Z');
  await span(berlinNovember.id, c5.id, '2026-11-11T15:30:00.000Z', '2026-11-11T15:40:00.000Z');
  await span(seoulMorning.id, c6.id, '2026-10-31T23:00:00.000Z', '2026-10-31T23:25:00.000Z');
  await span(seoulMorning.id, c7.id, '2026-10-31T23:25:00.000Z', '2026-10-31T23:40:00.000Z');
  await span(viennaOnly.id, v1.id, '2026-10-20T12:00:00.000Z', '2026-10-20T12:10:00.000Z');

  const attended = async (
    boardId: string,
    who: [email: string, institution: 'CCCC' | 'SCCC' | 'VCCC'],
    joinedAt: string,
    leftAt: string,
  ) =>
    db
      .insertInto('attendance')
      .values({
        id: randomUUID(),
        board_id: boardId,
        user_id: await userIdOf(db, who[0]),
        institution_id: await institutionIdOf(db, who[1]),
        joined_at: joinedAt,
        left_at: leftAt,
      })
      .execute();
  const berlinOncologist = ['oncologist.berlin@konsil.test', 'CCCC'] as const;
  const berlinSurgeon = ['surgeon.berlin@konsil.test', 'CCCC'] as const;
  const berlinCoordinator = ['coordinator.berlin@konsil.test', 'CCCC'] as const;
  const seoulRadiologist = ['radiologist.seoul@konsil.test', 'SCCC'] as const;
  const seoulOncologist = ['oncologist.seoul@konsil.test', 'SCCC'] as const;
  const viennaOncologist = ['oncologist.vienna@konsil.test', 'VCCC'] as const;
  const oct = (time: string) => `2026-10-14T${time}:00.000Z`;
  // The Berlin oncologist rejoined once: still one attendance of that board.
  await attended(berlinOctober.id, [...berlinOncologist], oct('13:58'), oct('14:10'));
  await attended(berlinOctober.id, [...berlinOncologist], oct('14:12'), oct('15:30'));
  await attended(berlinOctober.id, [...berlinSurgeon], oct('14:00'), oct('15:30'));
  await attended(berlinOctober.id, [...seoulRadiologist], oct('14:00'), oct('15:30'));
  const nov = (time: string) => `2026-11-11T${time}:00.000Z`;
  await attended(berlinNovember.id, [...berlinOncologist], nov('15:00'), nov('16:00'));
  await attended(berlinNovember.id, [...seoulOncologist], nov('15:00'), nov('16:00'));
  const seoul = (time: string) => `2026-10-31T${time}:00.000Z`;
  await attended(seoulMorning.id, [...seoulRadiologist], seoul('23:00'), seoul('23:50'));
  await attended(seoulMorning.id, [...berlinCoordinator], seoul('23:00'), seoul('23:50'));
  const vienna = (time: string) => `2026-10-20T${time}:00.000Z`;
  await attended(viennaOnly.id, [...viennaOncologist], vienna('12:00'), vienna('12:30'));

  return {
    boards: { berlinOctober, seoulMorning, berlinNovember, viennaOnly, berlinScheduled },
    cases: { c1, c2, c3, c4, c5, c6, c7, v1 },
  };
}

import {
  assessReadiness,
  CaseContentSchema,
  futureDateIssues,
  localDateAndTime,
  NOTES_FRAGMENT,
  QLQ_C30_SCALES,
  todayIn,
} from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { computeAnalytics } from '../../analytics/computeAnalytics';
import { can } from '../../policies/can';
import { caseScopeOf } from '../../policies/scopes';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../test/databases';
import { FakeClock } from '../../test/fakeClock';
import type { Db } from '../db';
import { type BoardRecord, findBoard } from '../repositories/boards';
import { listCasesOfBoard } from '../repositories/cases';
import { findUserByEmail } from '../repositories/users';
import { DEMO_BOARD_TITLE } from './demoBoards';
import { seedDemoIfEmpty } from './seedDemo';

const WINTER = '2026-12-03T07:00:00.000Z';
const SUMMER = '2026-06-10T09:30:00.000Z';
const ZONES: Record<string, string> = { CCCC: 'Europe/Berlin', SCCC: 'Asia/Seoul' };

/** The demo's boards with that title, oldest first (the repository orders by start). */
async function jointBoards(db: Db): Promise<BoardRecord[]> {
  const rows = await db
    .selectFrom('boards')
    .select('id')
    .where('title', '=', DEMO_BOARD_TITLE)
    .orderBy('starts_at')
    .execute();
  const boards = await Promise.all(rows.map((row) => findBoard(db, row.id)));
  return boards.filter((board): board is BoardRecord => board !== null);
}

/** Every row of the demo's tables, for "nothing changed" comparisons. */
async function snapshot(db: Db) {
  return {
    institutions: await db.selectFrom('institutions').selectAll().orderBy('id').execute(),
    users: await db.selectFrom('users').selectAll().orderBy('id').execute(),
    boards: await db.selectFrom('boards').selectAll().orderBy('id').execute(),
    boardInstitutions: await db.selectFrom('board_institutions').selectAll().execute(),
    participants: await db.selectFrom('board_participants').selectAll().execute(),
    cases: await db.selectFrom('cases').selectAll().orderBy('id').execute(),
  };
}

async function actorFor(db: Db, email: string) {
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`no demo user ${email}`);
  return { id: user.id, role: user.role, institutionId: user.institution.id, isActive: true };
}

describeEachDatabase('demo seed', (dialect) => {
  let database: TestDatabase;
  const clock = new FakeClock(WINTER);

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    expect(await seedDemoIfEmpty(database.db, clock.now())).toBe(true);
  });
  afterEach(() => database.destroy());

  it('seeds only an empty database: a second run changes nothing', async () => {
    const before = await snapshot(database.db);
    expect(await seedDemoIfEmpty(database.db, new Date('2027-01-15T10:00:00.000Z'))).toBe(false);
    expect(await snapshot(database.db)).toEqual(before);
    // The upcoming and the past joint board, and seven earlier boards (demoHistory.ts).
    expect(before.boards).toHaveLength(9);
    expect(before.cases).toHaveLength(32);
  });

  it('schedules the joint board a few days ahead at 08:00 Berlin = 16:00 Seoul in winter', async () => {
    const [past, upcoming] = await jointBoards(database.db);
    if (!upcoming || !past) throw new Error('expected two joint boards');
    const startsAt = new Date(upcoming.startsAt);
    expect(localDateAndTime(startsAt, 'Europe/Berlin')).toEqual({
      date: '2026-12-08',
      time: '08:00',
    });
    expect(localDateAndTime(startsAt, 'Asia/Seoul')).toEqual({ date: '2026-12-08', time: '16:00' });
    expect(upcoming).toMatchObject({
      status: 'scheduled',
      tumorEntity: 'thoracic',
      timeZone: 'Europe/Berlin',
      durationMinutes: 90,
      videoUrl: 'https://video.charite.example/joint-thoracic',
    });
    const host = upcoming.institutions.find((item) => item.id === upcoming.hostInstitutionId);
    expect(host?.code).toBe('CCCC');
    expect(upcoming.institutions.map((item) => item.code)).toEqual(['CCCC', 'SCCC']);
  });

  it('invites every Berlin and Seoul user except the admins, and nobody from Vienna', async () => {
    const boards = await jointBoards(database.db);
    const invited = await database.db
      .selectFrom('board_participants')
      .innerJoin('users', 'users.id', 'board_participants.user_id')
      .innerJoin('institutions', 'institutions.id', 'users.institution_id')
      .select(['users.email', 'users.role', 'institutions.code', 'board_participants.board_id'])
      .execute();
    expect(invited.filter((row) => row.code === 'VCCC')).toEqual([]);
    expect(invited.filter((row) => row.role === 'admin')).toEqual([]);
    for (const board of boards) {
      expect(board.institutions.map((item) => item.code)).not.toContain('VCCC');
      expect(invited.filter((row) => row.board_id === board.id)).toHaveLength(9);
    }
  });

  it('puts five cases from both centers on the agenda: one incomplete, one Berlin case without consent', async () => {
    const [, upcoming] = await jointBoards(database.db);
    if (!upcoming) throw new Error('expected the upcoming board');
    const cases = await listCasesOfBoard(database.db, upcoming.id);
    expect(cases).toHaveLength(5);
    expect(new Set(cases.map((item) => item.homeInstitution.code))).toEqual(
      new Set(['CCCC', 'SCCC']),
    );
    const gaps = cases.map((item) => assessReadiness(item.content).missing);
    // The consent gap is its own demo: the incomplete case lacks clinical data.
    const incomplete = gaps.filter((missing) => missing.some((gap) => gap !== 'consent'));
    expect(incomplete).toEqual([['staging', 'ecog']]);
    const withoutConsent = cases.filter((item) => !item.consent);
    expect(withoutConsent.map((item) => item.homeInstitution.code)).toEqual(['CCCC']);
    const [noConsent] = withoutConsent;
    if (!noConsent) throw new Error('expected a case without consent');
    expect(assessReadiness(noConsent.content).missing).toEqual(['consent']);
    for (const item of cases) {
      expect(['submitted', 'ready']).toContain(item.status);
      if (item.status === 'ready') expect(assessReadiness(item.content).isReady).toBe(true);
      expect(item.allottedMinutes).toBeGreaterThanOrEqual(5);
      expect(item.allottedMinutes).toBeLessThanOrEqual(12);
      expect(item.pseudonym).toMatch(new RegExp(`^${item.homeInstitution.code}-[2-9A-Z]{5}$`));
      expect(item.presenter).not.toBeNull();
    }
  });

  it('shows the case without consent only in Berlin', async () => {
    const [, upcoming] = await jointBoards(database.db);
    if (!upcoming) throw new Error('expected the upcoming board');
    const cases = await listCasesOfBoard(database.db, upcoming.id);
    const visibleTo = async (email: string) => {
      const actor = await actorFor(database.db, email);
      return cases.filter((item) => can(actor, 'case:read', caseScopeOf(upcoming, item)));
    };
    expect(await visibleTo('coordinator.berlin@konsil.test')).toHaveLength(5);
    const seoul = await visibleTo('coordinator.seoul@konsil.test');
    expect(seoul).toHaveLength(4);
    expect(seoul.every((item) => item.consent)).toBe(true);
  });

  it('keeps the previous board ended, four weeks back at 08:00 Berlin, with three decided cases', async () => {
    const [past] = await jointBoards(database.db);
    if (!past) throw new Error('expected the past board');
    const startsAt = new Date(past.startsAt);
    expect(past.status).toBe('ended');
    expect(localDateAndTime(startsAt, 'Europe/Berlin')).toEqual({
      date: '2026-11-05',
      time: '08:00',
    });
    const cases = await listCasesOfBoard(database.db, past.id);
    expect(cases.map((item) => item.status)).toEqual(['decided', 'decided', 'decided']);
    for (const item of cases) {
      expect(assessReadiness(item.content).isReady).toBe(true);
      expect(new Date(item.updatedAt).getTime()).toBeLessThan(clock.now().getTime());
    }
  });

  it('stores content that parses with the shared contract, with no clinical date in the future', async () => {
    const rows = await database.db
      .selectFrom('cases')
      .innerJoin('institutions', 'institutions.id', 'cases.home_institution_id')
      .select(['content', 'consent', 'home_reference', 'presenter_id', 'institutions.code'])
      .execute();
    expect(rows).toHaveLength(32);
    for (const row of rows) {
      const content = CaseContentSchema.parse({
        ...JSON.parse(row.content),
        consent: Number(row.consent) === 1,
        homeReference: row.home_reference,
        presenterId: row.presenter_id,
      });
      const today = todayIn(ZONES[row.code] ?? 'UTC', clock.now());
      expect(futureDateIssues(content, today)).toEqual([]);
      expect(content.homeReference).toMatch(row.code === 'CCCC' ? /^CH-\d{4}-\d{4}$/ : /^SMC-/);
      expect(content.proms.length).toBeGreaterThanOrEqual(3);
      // Named as the scorer names the scales, so the case card can tell better from worse.
      for (const prom of content.proms) {
        expect(QLQ_C30_SCALES.map((scale) => scale.name)).toContain(prom.scale);
      }
    }
  });

  it('gives the ready cases and the past board TipTap-shaped notes in German and Korean, without home references', async () => {
    const rows = await database.db
      .selectFrom('note_snapshots')
      .innerJoin('cases', 'cases.id', 'note_snapshots.case_id')
      .select(['note_snapshots.state', 'cases.home_reference', 'cases.status'])
      .execute();
    expect(rows.map((row) => row.status).sort()).toEqual([
      'decided',
      'decided',
      'decided',
      'ready',
      'ready',
    ]);
    const texts = rows.map((row) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(row.state));
      const fragment = doc.getXmlFragment(NOTES_FRAGMENT);
      const nodeNames = fragment.toArray().map((node) => (node as Y.XmlElement).nodeName);
      expect(nodeNames[0]).toBe('heading');
      expect(nodeNames.every((name) => ['heading', 'paragraph', 'bulletList'].includes(name))).toBe(
        true,
      );
      const notes = fragment.toString();
      expect(notes).not.toContain(row.home_reference ?? 'no reference');
      return notes;
    });
    expect(texts.join('\n')).toContain('Lorlatinib wegen besserer ZNS-Wirksamkeit');
    expect(texts.join('\n')).toContain('오시머티닙 3년 보조요법');
    expect(texts.join('\n')).toContain('<listitem><paragraph>Question for Seoul');
  });

  it('signs the minutes of every ended board, as a hospital would have', async () => {
    const ended = await database.db
      .selectFrom('boards')
      .select('id')
      .where('status', '=', 'ended')
      .execute();
    const signed = await database.db
      .selectFrom('minutes_versions')
      .select('board_id')
      .where('version', '=', 1)
      .execute();
    expect(ended).toHaveLength(8);
    expect(signed.map((row) => row.board_id).sort()).toEqual(ended.map((row) => row.id).sort());
  });

  it('gives the analytics page months of ended boards with every kind of outcome', async () => {
    const berlin = await database.db
      .selectFrom('institutions')
      .select('id')
      .where('code', '=', 'CCCC')
      .executeTakeFirstOrThrow();
    const { figures, options } = await computeAnalytics(database.db, berlin.id, {});
    expect(options.series).toEqual([
      DEMO_BOARD_TITLE,
      'Seoul Interdisciplinary Tumor Board',
      'Thoracic Oncology Review',
    ]);
    expect(figures.casesPerBoard).toHaveLength(8);
    expect(figures.casesPerMonth.length).toBeGreaterThanOrEqual(4);
    const seoulBoards = figures.casesPerBoard.filter((row) => row.timeZone === 'Asia/Seoul');
    expect(seoulBoards).toHaveLength(3);
    // 7 earlier boards × 3 cases, of which 2 deferred and 2 to be re-presented; 3 Seoul cases not
    // reached, carried over and decided at the next board; the past joint board's 3 decided.
    const closing = Object.fromEntries(figures.closingRates.map((row) => [row.kind, row.cases]));
    expect(closing).toEqual({
      decided: 23,
      deferred: 2,
      re_present: 2,
      not_discussed: 3,
      carried_over: 3,
    });
    expect(figures.timePerCase).toHaveLength(27);
    expect(figures.decisionsByIntent.filter((row) => row.cases > 0)).toHaveLength(3);
    expect(figures.guidelineConcordance.total.assessed).toBeGreaterThan(
      figures.guidelineConcordance.total.concordant,
    );
    expect(figures.daysToDecision.cases).toHaveLength(23);
    expect(figures.participationByInstitution.map((row) => row.code)).toEqual(['CCCC', 'SCCC']);
    expect(figures.participationBySpecialty.length).toBeGreaterThanOrEqual(5);
  });
});

describeEachDatabase('demo seed, other seasons and options', (dialect) => {
  it('keeps 08:00 in Berlin, which is 15:00 in Seoul', async () => {
    const database = await createTestDatabase(dialect);
    try {
      await seedDemoIfEmpty(database.db, new Date(SUMMER));
      const upcoming = (await jointBoards(database.db)).at(-1);
      if (!upcoming) throw new Error('expected the upcoming board');
      const startsAt = new Date(upcoming.startsAt);
      expect(localDateAndTime(startsAt, 'Europe/Berlin')).toEqual({
        date: '2026-06-15',
        time: '08:00',
      });
      expect(localDateAndTime(startsAt, 'Asia/Seoul').time).toBe('15:00');
    } finally {
      await database.destroy();
    }
  });

  it('seeds only institutions and users when asked for no boards', async () => {
    const database = await createTestDatabase(dialect);
    try {
      expect(await seedDemoIfEmpty(database.db, new Date(WINTER), { boards: false })).toBe(true);
      const { users, boards, cases } = await snapshot(database.db);
      expect(users).toHaveLength(12);
      expect([boards, cases]).toEqual([[], []]);
    } finally {
      await database.destroy();
    }
  });
});

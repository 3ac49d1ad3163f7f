import { randomBytes } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDatabase,
  TEST_POSTGRES_URL,
  type TestDatabase,
  withSchemaLock,
} from '../../test/databases';
import type { Db } from '../db';
import {
  type DialectName,
  migrationSchemaOf,
  openPostgres,
  openSqlite,
  quoteIdentifier,
} from '../dialect';
import { insertInstitution } from '../repositories/institutions';
import { insertUser } from '../repositories/users';
import type { Database } from '../schema';
import { DEMO_INSTITUTIONS } from '../seed/demoUsers';
import { seedDemoIfEmpty } from '../seed/seedDemo';
import * as foundation from './0001_foundation';
import * as boards from './0002_boards';
import * as cases from './0003_cases';
import * as liveSessions from './0004_live_sessions';
import * as caseNotes from './0005_case_notes';
import * as decisions from './0006_decisions';
import * as minutes from './0007_minutes';
import * as search from './0008_search';
import * as decisionRecord from './0009_decision_record';
import * as oidc from './0010_oidc';
import * as caseDiscussions from './0011_case_discussions';
import * as certificates from './0012_certificates';
import * as auditCheckpoints from './0013_audit_checkpoints';
import { migrateDownAll, migrateToLatest } from './index';

const MIGRATION_NAMES = [
  '0001_foundation',
  '0002_boards',
  '0003_cases',
  '0004_live_sessions',
  '0005_case_notes',
  '0006_decisions',
  '0007_minutes',
  '0008_search',
  '0009_decision_record',
  '0010_oidc',
  '0011_case_discussions',
  '0012_certificates',
  '0013_audit_checkpoints',
];

/** Every table the code reads; `satisfies` keeps this list in step with schema.ts. */
const TABLES = [
  'institutions',
  'users',
  'credentials',
  'sessions',
  'login_failures',
  'trusted_devices',
  'audit_events',
  'audit_head',
  'audit_checkpoints',
  'boards',
  'board_institutions',
  'board_participants',
  'cases',
  'board_sessions',
  'attendance',
  'note_snapshots',
  'note_updates',
  'case_recommendations',
  'case_positions',
  'case_recommendation_versions',
  'case_events',
  'case_discussions',
  'minutes_drafts',
  'minutes_versions',
  'search_entries',
  'search_terms',
  'oidc_login_attempts',
  'user_identities',
] as const satisfies readonly (keyof Database)[];

const queryable = (db: Db, table: keyof Database) =>
  db.selectFrom(table).selectAll().limit(1).execute();

/**
 * An empty, unmigrated database beside the test's own: a second in-memory
 * SQLite, or a second schema on the same PostgreSQL server.
 */
async function openNeighbour(dialect: DialectName) {
  if (dialect === 'sqlite') {
    const db = openSqlite(':memory:');
    return { db, destroy: () => db.destroy() };
  }
  const schema = quoteIdentifier(`konsil_test_${randomBytes(6).toString('hex')}`);
  const admin = openPostgres({ connectionString: TEST_POSTGRES_URL, maxConnections: 1 });
  await sql`create schema ${sql.raw(schema)}`.execute(admin);
  const db = openPostgres({
    connectionString: TEST_POSTGRES_URL,
    schema: schema.slice(1, -1),
    maxConnections: 2,
  });
  return {
    db,
    async destroy() {
      await db.destroy();
      await withSchemaLock(dialect, () =>
        sql`drop schema ${sql.raw(schema)} cascade`.execute(admin),
      );
      await admin.destroy();
    },
  };
}

/** Moves the schema to one named migration, the way an older release left it. */
async function migrateTo(db: Db, name: string) {
  const migrator = new Migrator({
    db,
    provider: {
      getMigrations: async () => ({
        '0001_foundation': foundation,
        '0002_boards': boards,
        '0003_cases': cases,
        '0004_live_sessions': liveSessions,
        '0005_case_notes': caseNotes,
        '0006_decisions': decisions,
        '0007_minutes': minutes,
        '0008_search': search,
        '0009_decision_record': decisionRecord,
        '0010_oidc': oidc,
        '0011_case_discussions': caseDiscussions,
        '0012_certificates': certificates,
        '0013_audit_checkpoints': auditCheckpoints,
      }),
    },
    migrationTableSchema: await migrationSchemaOf(db),
  });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error;
}

/** An institution and its coordinator, through repositories every release since 0001 serves. */
async function insertCoordinator(db: Db, now: Date) {
  const institutionId = await insertInstitution(db, DEMO_INSTITUTIONS[0], now);
  const userId = await insertUser(db, {
    institutionId,
    email: 'coordinator.berlin@konsil.test',
    name: 'Anna Berger',
    role: 'coordinator',
    specialty: null,
    passwordHash: 'not-a-real-hash',
    mustChangePassword: false,
    at: now,
  });
  return { institutionId, userId };
}

describeEachDatabase('migrations', (dialect) => {
  let database: TestDatabase;
  // Other test files migrate and drop schemas on the same server meanwhile (see withSchemaLock).
  const migrateUp = (db: Db = database.db) => withSchemaLock(dialect, () => migrateToLatest(db));
  const revertAll = () => withSchemaLock(dialect, () => migrateDownAll(database.db));
  const moveTo = (name: string) => withSchemaLock(dialect, () => migrateTo(database.db, name));

  // createTestDatabase migrates; each test starts from an empty schema by going all the way down.
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    await revertAll();
  });

  afterEach(async () => {
    await database.destroy();
  });

  it('has no tables once every migration is reverted', async () => {
    for (const table of TABLES) {
      await expect(queryable(database.db, table), table).rejects.toThrow();
    }
  });

  it('applies every migration, in order, to an empty database', async () => {
    expect(await migrateUp()).toEqual(MIGRATION_NAMES);

    for (const table of TABLES) {
      await expect(queryable(database.db, table), table).resolves.toBeInstanceOf(Array);
    }
    const head = await database.db.selectFrom('audit_head').selectAll().execute();
    expect(head.map((row) => [Number(row.id), Number(row.seq), row.last_hash])).toEqual([
      [1, 0, '0'.repeat(64)],
    ]);
  });

  it('is a no-op when run again', async () => {
    await migrateUp();
    expect(await migrateUp()).toEqual([]);
    expect(await migrateUp()).toEqual([]);
  });

  it('goes down and up again with data in the tables', async () => {
    await migrateUp();
    expect(await seedDemoIfEmpty(database.db, new Date('2026-12-03T07:00:00Z'))).toBe(true);

    await revertAll();
    for (const table of TABLES) {
      await expect(queryable(database.db, table), table).rejects.toThrow();
    }

    expect(await migrateUp()).toEqual(MIGRATION_NAMES);
    for (const table of TABLES) {
      await expect(queryable(database.db, table), table).resolves.toEqual(
        table === 'audit_head' ? [expect.objectContaining({ seq: 0 })] : [],
      );
    }
  });

  it('gives boards stored before 0003 a first version, and keeps them when 0003 is reverted', async () => {
    await moveTo('0002_boards');
    const now = new Date('2026-11-20T09:00:00Z');
    // Only what release 0002 knew: an institution and a coordinator (the demo seed is newer).
    const { institutionId, userId } = await insertCoordinator(database.db, now);
    await database.db
      .insertInto('boards')
      .values({
        id: '7d4f1c1e-2b55-4c1a-9a57-0d5d1f1e2a01',
        title: 'Thoracic board stored by release 0002',
        tumor_entity: null,
        starts_at: '2026-12-03T07:00:00.000Z',
        time_zone: 'Europe/Berlin',
        duration_minutes: 90,
        host_institution_id: institutionId,
        status: 'scheduled',
        video_url: null,
        created_by: userId,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();

    expect(await migrateUp()).toEqual(MIGRATION_NAMES.slice(2));
    const upgraded = await database.db
      .selectFrom('boards')
      .select(['title', 'version', 'agenda_version'])
      .execute();
    expect(
      upgraded.map((row) => [row.title, Number(row.version), Number(row.agenda_version)]),
    ).toEqual([['Thoracic board stored by release 0002', 1, 1]]);

    await moveTo('0002_boards');
    await expect(queryable(database.db, 'cases')).rejects.toThrow();
    await expect(database.db.selectFrom('boards').select('version').execute()).rejects.toThrow();
    const kept = await database.db.selectFrom('boards').select('title').execute();
    expect(kept).toEqual([{ title: 'Thoracic board stored by release 0002' }]);
  });

  it('binds positions stored before 0009 to the version they were counted on', async () => {
    await moveTo('0008_search');
    const now = new Date('2026-11-20T09:00:00Z');
    const { institutionId, userId } = await insertCoordinator(database.db, now);
    const boardId = '7d4f1c1e-2b55-4c1a-9a57-0d5d1f1e2a02';
    await database.db
      .insertInto('boards')
      .values({
        id: boardId,
        title: 'Board stored by release 0008',
        tumor_entity: null,
        starts_at: '2026-12-03T07:00:00.000Z',
        time_zone: 'Europe/Berlin',
        duration_minutes: 90,
        host_institution_id: institutionId,
        status: 'live',
        video_url: null,
        created_by: userId,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    const caseRow = (id: string, position: number) => ({
      id,
      board_id: boardId,
      home_institution_id: institutionId,
      pseudonym: `P-${position}`,
      position,
      allotted_minutes: 10,
      status: 'ready',
      version: 1,
      presenter_id: null,
      created_by: userId,
      consent: 1,
      home_reference: null,
      content: '{}',
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      status_reason: null,
    });
    const withRecommendation = '7d4f1c1e-2b55-4c1a-9a57-0d5d1f1e2a03';
    const without = '7d4f1c1e-2b55-4c1a-9a57-0d5d1f1e2a04';
    await database.db
      .insertInto('cases')
      .values([caseRow(withRecommendation, 1), caseRow(without, 2)])
      .execute();
    await database.db
      .insertInto('case_recommendations')
      .values({
        case_id: withRecommendation,
        content: '{"decisionText":"Lobektomie"}',
        version: 2,
        updated_by: userId,
        updated_at: now.toISOString(),
      })
      .execute();
    // Written the way release 0008 wrote them: without a version.
    await sql`insert into case_positions (case_id, user_id, position, note, stated_at)
      values (${withRecommendation}, ${userId}, 'agree', '', ${now.toISOString()}),
             (${without}, ${userId}, 'agree', '', ${now.toISOString()})`.execute(database.db);

    expect(await migrateUp()).toEqual(
      MIGRATION_NAMES.slice(MIGRATION_NAMES.indexOf('0009_decision_record')),
    );
    const bound = await database.db
      .selectFrom('case_positions')
      .select(['case_id', 'recommendation_version'])
      .orderBy('case_id')
      .execute();
    expect(bound.map((row) => [row.case_id, row.recommendation_version])).toEqual([
      [withRecommendation, 2],
      [without, null],
    ]);
    const versions = await database.db
      .selectFrom('case_recommendation_versions')
      .select(['case_id', 'version', 'content'])
      .execute();
    expect(versions.map((row) => [row.case_id, Number(row.version), row.content])).toEqual([
      [withRecommendation, 2, '{"decisionText":"Lobektomie"}'],
    ]);
  });

  it('gives boards stored before 0011 their local start date, and submitted cases a submission time', async () => {
    await moveTo('0010_oidc');
    const now = new Date('2026-11-20T09:00:00Z');
    const { institutionId, userId } = await insertCoordinator(database.db, now);
    const board = (id: string, startsAt: string, timeZone: string) => ({
      id,
      title: `Board at ${startsAt} in ${timeZone}`,
      tumor_entity: null,
      starts_at: startsAt,
      time_zone: timeZone,
      duration_minutes: 60,
      host_institution_id: institutionId,
      status: 'ended',
      video_url: null,
      created_by: userId,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    const seoulMorning = '7d4f1c1e-2b55-4c1a-9a57-0d5d1f1e2a11';
    const berlinEvening = '7d4f1c1e-2b55-4c1a-9a57-0d5d1f1e2a12';
    await database.db
      .insertInto('boards')
      .values([
        board(seoulMorning, '2026-10-31T23:00:00.000Z', 'Asia/Seoul'),
        board(berlinEvening, '2026-10-31T22:30:00.000Z', 'Europe/Berlin'),
      ])
      .execute();
    const caseRow = (id: string, status: string, position: number) => ({
      id,
      board_id: seoulMorning,
      home_institution_id: institutionId,
      pseudonym: `P-${position}`,
      position,
      allotted_minutes: 10,
      status,
      version: 1,
      presenter_id: null,
      created_by: userId,
      consent: 1,
      home_reference: null,
      content: '{}',
      created_at: `2026-10-0${position}T08:00:00.000Z`,
      updated_at: now.toISOString(),
      status_reason: null,
    });
    const draft = '7d4f1c1e-2b55-4c1a-9a57-0d5d1f1e2a13';
    const decided = '7d4f1c1e-2b55-4c1a-9a57-0d5d1f1e2a14';
    await database.db
      .insertInto('cases')
      .values([caseRow(draft, 'draft', 1), caseRow(decided, 'decided', 2)])
      .execute();

    await migrateUp();
    const dates = await database.db
      .selectFrom('boards')
      .select(['id', 'local_start_date'])
      .orderBy('id')
      .execute();
    // 08:00 in Seoul on 1 November; 23:30 in Berlin on 31 October.
    expect(dates.map((row) => [row.id, row.local_start_date])).toEqual([
      [seoulMorning, '2026-11-01'],
      [berlinEvening, '2026-10-31'],
    ]);
    const submitted = await database.db
      .selectFrom('cases')
      .select(['id', 'submitted_at'])
      .orderBy('id')
      .execute();
    expect(submitted.map((row) => [row.id, row.submitted_at])).toEqual([
      [draft, null],
      [decided, '2026-10-02T08:00:00.000Z'],
    ]);
    expect(await queryable(database.db, 'case_discussions')).toEqual([]);
  });

  // Several schemas share one PostgreSQL server (parallel test files, or
  // Konsil next to another app); each must migrate on its own.
  it('migrates a second database while this one holds a migrated schema', async () => {
    await migrateUp();
    const neighbour = await openNeighbour(dialect);
    try {
      expect(await migrateUp(neighbour.db)).toEqual(MIGRATION_NAMES);
      await expect(queryable(neighbour.db, 'audit_head')).resolves.toHaveLength(1);
    } finally {
      await neighbour.destroy();
    }
  });
});

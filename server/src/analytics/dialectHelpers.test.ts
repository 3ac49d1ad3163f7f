import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  epochSecondsOf,
  floorOf,
  jsonArrayHolds,
  jsonBooleanOf,
  jsonTextOf,
} from '../storage/dialect';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../test/databases';

// The engine-specific pieces analytics count with must answer alike on both databases.
describeEachDatabase('analytics helpers in dialect.ts', (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    await sql`create table probe (id integer primary key, at text, content text)`.execute(
      database.db,
    );
    await sql`insert into probe (id, at, content) values
      (1, '2026-10-01T10:00:00.000Z', ${JSON.stringify({ intent: 'curative', modalities: ['surgery'], isGuidelineConcordant: true })}),
      (2, '2026-10-14T09:59:59.999Z', ${JSON.stringify({ intent: null, modalities: [], isGuidelineConcordant: false })}),
      (3, '2026-10-25T01:30:00.000Z', ${JSON.stringify({ modalities: ['radiotherapy', 'surgery'] })}),
      (4, null, null)`.execute(database.db);
  });

  afterEach(async () => {
    await database.destroy();
  });

  const column = <T>(expression: ReturnType<typeof sql<T>>) =>
    database.db
      .selectFrom(sql`probe`.as('p'))
      .select(expression.as('value'))
      .orderBy(sql`id`)
      .execute()
      .then((rows) => rows.map((row) => row.value));

  it('reads instants as seconds and floors whole days, also just short of a day', async () => {
    const db = database.db;
    const seconds = await column(epochSecondsOf(db, sql`p.at`));
    expect(seconds.slice(0, 3).map((value) => Math.round(Number(value) * 1000))).toEqual([
      Date.parse('2026-10-01T10:00:00.000Z'),
      Date.parse('2026-10-14T09:59:59.999Z'),
      Date.parse('2026-10-25T01:30:00.000Z'),
    ]);
    const start = epochSecondsOf(db, sql`'2026-10-01T10:00:00.000Z'`);
    const days = await column(
      floorOf(db, sql<number>`(${epochSecondsOf(db, sql`p.at`)} - ${start}) / 86400.0`),
    );
    // 12.99999 days is still 12; the DST change on 25 October does not matter in UTC.
    expect(days.slice(0, 3).map(Number)).toEqual([0, 12, 23]);
  });

  it('reads JSON text, booleans and array members, with missing and null alike', async () => {
    const db = database.db;
    expect(await column(jsonTextOf(db, 'p.content', 'intent'))).toEqual([
      'curative',
      null,
      null,
      null,
    ]);
    expect(
      (await column(jsonBooleanOf(db, 'p.content', 'isGuidelineConcordant'))).map((v) =>
        v === null ? null : Number(v),
      ),
    ).toEqual([1, 0, null, null]);
    const holds = async (value: string) =>
      (
        await column(
          sql<number>`case when ${jsonArrayHolds(db, 'p.content', 'modalities', value)} then 1 else 0 end`,
        )
      ).map(Number);
    expect(await holds('surgery')).toEqual([1, 0, 1, 0]);
    expect(await holds('radiotherapy')).toEqual([0, 0, 1, 0]);
    expect(await holds('surg')).toEqual([0, 0, 0, 0]);
  });

  it('refuses a JSON key that is not a plain name', () => {
    expect(() => jsonTextOf(database.db, 'p.content', "x') or ('1")).toThrow(/Unsafe JSON key/);
  });
});

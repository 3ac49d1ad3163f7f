import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from './db';
import { openSqlite } from './dialect';

describe('SQLite with reused prepared statements', () => {
  let db: Db | null = null;
  afterEach(async () => {
    await db?.destroy();
    db = null;
  });

  it('gives every run of the same query fresh results, also after the schema changed', async () => {
    db = openSqlite(':memory:');
    await sql`create table notes_probe (id integer primary key, body text)`.execute(db);
    const rows = async () =>
      (await sql<{ id: number }>`select * from notes_probe order by id`.execute(db as Db)).rows;

    expect(await rows()).toEqual([]);
    await sql`insert into notes_probe (body) values (${'first'})`.execute(db);
    await sql`insert into notes_probe (body) values (${'second'})`.execute(db);
    expect((await rows()).map((row) => row.id)).toEqual([1, 2]);

    await sql`alter table notes_probe add column author text`.execute(db);
    await sql`update notes_probe set author = ${'berlin'} where id = ${1}`.execute(db);
    expect((await rows())[0]).toEqual({ id: 1, body: 'first', author: 'berlin' });
  });

  it('keeps a failed statement usable for the next run', async () => {
    db = openSqlite(':memory:');
    await sql`create table unique_probe (code text unique)`.execute(db);
    const insert = (code: string) =>
      sql`insert into unique_probe (code) values (${code})`.execute(db as Db);
    await insert('a');
    await expect(insert('a')).rejects.toThrow(/UNIQUE/);
    await insert('b');
    const count = await sql<{ n: number }>`select count(*) as n from unique_probe`.execute(db);
    expect(count.rows[0]?.n).toBe(2);
  });
});

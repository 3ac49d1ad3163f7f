import type { Kysely } from 'kysely';
import { dialectOf } from '../dialect';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  const binary = postgres ? 'bytea' : 'blob';

  // A case's notes = its snapshot (merged Yjs state) plus the update log after it.
  await db.schema
    .createTable('note_snapshots')
    .addColumn('case_id', 'text', (col) =>
      col.primaryKey().references('cases.id').onDelete('cascade'),
    )
    .addColumn('state', binary, (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // Every accepted Yjs update, appended before anyone else sees it. The id orders the log
  // across server processes; compaction deletes exactly the rows it merged.
  await db.schema
    .createTable('note_updates')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (col) =>
      postgres ? col.primaryKey() : col.primaryKey().autoIncrement(),
    )
    .addColumn('case_id', 'text', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('payload', binary, (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.references('users.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('note_updates_case_idx')
    .on('note_updates')
    .columns(['case_id', 'id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('note_updates').execute();
  await db.schema.dropTable('note_snapshots').execute();
}

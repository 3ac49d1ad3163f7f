import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function up(db: Kysely<any>): Promise<void> {
  // The authoritative live state of a board; `version` is the optimistic-concurrency check.
  await db.schema
    .createTable('board_sessions')
    .addColumn('board_id', 'text', (col) =>
      col.primaryKey().references('boards.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('current_case_id', 'text')
    .addColumn('co_chair_ids', 'text', (col) => col.notNull())
    .addColumn('timer', 'text', (col) => col.notNull())
    .addColumn('hands', 'text', (col) => col.notNull())
    .addColumn('speaker_id', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('attendance')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('board_id', 'text', (col) =>
      col.notNull().references('boards.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('institution_id', 'text', (col) => col.notNull().references('institutions.id'))
    .addColumn('joined_at', 'text', (col) => col.notNull())
    .addColumn('left_at', 'text')
    .execute();
  await db.schema
    .createIndex('attendance_board_idx')
    .on('attendance')
    .columns(['board_id', 'user_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attendance').execute();
  await db.schema.dropTable('board_sessions').execute();
}

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('boards')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('tumor_entity', 'text')
    .addColumn('starts_at', 'text', (col) => col.notNull())
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('duration_minutes', 'integer', (col) => col.notNull())
    .addColumn('host_institution_id', 'text', (col) => col.notNull().references('institutions.id'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('video_url', 'text')
    .addColumn('created_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('boards_starts_at_idx').on('boards').column('starts_at').execute();

  await db.schema
    .createTable('board_institutions')
    .addColumn('board_id', 'text', (col) =>
      col.notNull().references('boards.id').onDelete('cascade'),
    )
    .addColumn('institution_id', 'text', (col) => col.notNull().references('institutions.id'))
    .addPrimaryKeyConstraint('board_institutions_pk', ['board_id', 'institution_id'])
    .execute();

  await db.schema
    .createTable('board_participants')
    .addColumn('board_id', 'text', (col) =>
      col.notNull().references('boards.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addPrimaryKeyConstraint('board_participants_pk', ['board_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('board_participants_user_idx')
    .on('board_participants')
    .column('user_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('board_participants').execute();
  await db.schema.dropTable('board_institutions').execute();
  await db.schema.dropTable('boards').execute();
}

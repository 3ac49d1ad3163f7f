import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('boards')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('boards')
    .addColumn('agenda_version', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('board_id', 'text', (col) =>
      col.notNull().references('boards.id').onDelete('cascade'),
    )
    .addColumn('home_institution_id', 'text', (col) => col.notNull().references('institutions.id'))
    .addColumn('pseudonym', 'text', (col) => col.notNull().unique())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('allotted_minutes', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('presenter_id', 'text', (col) => col.references('users.id'))
    .addColumn('created_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('consent', 'integer', (col) => col.notNull())
    // Stays at the home institution: never returned to, logged for or exported to anyone else.
    .addColumn('home_reference', 'text')
    // Clinical content as JSON (diagnosis, staging, biomarkers, PROMs …), validated by the shared schema.
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('cases_board_idx')
    .on('cases')
    .columns(['board_id', 'position'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cases').execute();
  await db.schema.alterTable('boards').dropColumn('agenda_version').execute();
  await db.schema.alterTable('boards').dropColumn('version').execute();
}

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function up(db: Kysely<any>): Promise<void> {
  // One searchable text: a board's signed minutes, a case's recommendation, or a case itself.
  await db.schema
    .createTable('search_entries')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('board_id', 'text', (col) =>
      col.notNull().references('boards.id').onDelete('cascade'),
    )
    .addColumn('case_id', 'text', (col) => col.references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('search_entries_source_idx')
    .on('search_entries')
    .columns(['board_id', 'kind', 'case_id'])
    .execute();

  // The inverted index: our own terms (see search/searchTokens.ts), the same on both engines.
  await db.schema
    .createTable('search_terms')
    .addColumn('entry_id', 'text', (col) =>
      col.notNull().references('search_entries.id').onDelete('cascade'),
    )
    .addColumn('term', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('search_terms_pk', ['term', 'entry_id'])
    .execute();
  await db.schema
    .createIndex('search_terms_entry_idx')
    .on('search_terms')
    .column('entry_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_terms').execute();
  await db.schema.dropTable('search_entries').execute();
}

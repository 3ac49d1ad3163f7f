import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function up(db: Kysely<any>): Promise<void> {
  // When the board actually ran (the minutes show it in each institution's zone).
  await db.schema.alterTable('boards').addColumn('started_at', 'text').execute();
  await db.schema.alterTable('boards').addColumn('ended_at', 'text').execute();

  // What the coordinator adds to the generated draft before signing.
  await db.schema
    .createTable('minutes_drafts')
    .addColumn('board_id', 'text', (col) =>
      col.primaryKey().references('boards.id').onDelete('cascade'),
    )
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.references('users.id'))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // Signed versions only, never updated: version 1 is the signed minutes, each amendment adds one.
  await db.schema
    .createTable('minutes_versions')
    .addColumn('board_id', 'text', (col) =>
      col.notNull().references('boards.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('content_hash', 'text', (col) => col.notNull())
    .addColumn('signed_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('signer_name', 'text', (col) => col.notNull())
    .addColumn('signer_institution_code', 'text', (col) => col.notNull())
    .addColumn('signed_at', 'text', (col) => col.notNull())
    .addColumn('amendment_reason', 'text')
    .addPrimaryKeyConstraint('minutes_versions_pk', ['board_id', 'version'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('minutes_versions').execute();
  await db.schema.dropTable('minutes_drafts').execute();
  await db.schema.alterTable('boards').dropColumn('ended_at').execute();
  await db.schema.alterTable('boards').dropColumn('started_at').execute();
}

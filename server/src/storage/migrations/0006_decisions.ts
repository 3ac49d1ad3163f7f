import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function up(db: Kysely<any>): Promise<void> {
  // Why a case was deferred or is to be re-presented.
  await db.schema.alterTable('cases').addColumn('status_reason', 'text').execute();

  // The board's recommendation for a case; `version` guards concurrent editors.
  await db.schema
    .createTable('case_recommendations')
    .addColumn('case_id', 'text', (col) =>
      col.primaryKey().references('cases.id').onDelete('cascade'),
    )
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.references('users.id'))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // One position per participant and case; stating it again replaces it.
  await db.schema
    .createTable('case_positions')
    .addColumn('case_id', 'text', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('position', 'text', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('stated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('case_positions_pk', ['case_id', 'user_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_positions').execute();
  await db.schema.dropTable('case_recommendations').execute();
  await db.schema.alterTable('cases').dropColumn('status_reason').execute();
}

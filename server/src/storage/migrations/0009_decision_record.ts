import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function up(db: Kysely<any>): Promise<void> {
  // The recommendation version a position judged. Positions recorded before this were counted
  // against whatever version was current, so that is what they are bound to; positions stated
  // before any recommendation existed stay unbound (null) and are never counted.
  await db.schema
    .alterTable('case_positions')
    .addColumn('recommendation_version', 'integer')
    .execute();
  await sql`
    UPDATE case_positions SET recommendation_version = (
      SELECT r.version FROM case_recommendations r WHERE r.case_id = case_positions.case_id
    )
  `.execute(db);

  // Every saved recommendation version, so that the record can say what a position judged.
  await db.schema
    .createTable('case_recommendation_versions')
    .addColumn('case_id', 'text', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('saved_by', 'text', (col) => col.references('users.id'))
    .addColumn('saved_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('case_recommendation_versions_pk', ['case_id', 'version'])
    .execute();
  await sql`
    INSERT INTO case_recommendation_versions (case_id, version, content, saved_by, saved_at)
    SELECT case_id, version, content, updated_by, updated_at FROM case_recommendations
  `.execute(db);

  // What happened to a case's decision: closed, reopened, not discussed, carried over.
  await db.schema
    .createTable('case_events')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('case_id', 'text', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    // The event's place in its case's history: instants can tie, the order must not.
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    // The board the case was on when it happened; for a carry-over, the board it left.
    .addColumn('board_id', 'text', (col) => col.notNull().references('boards.id'))
    .addColumn('to_board_id', 'text', (col) => col.references('boards.id'))
    .addColumn('outcome', 'text')
    .addColumn('reason', 'text')
    .addColumn('actor_id', 'text', (col) => col.references('users.id'))
    .addColumn('at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('case_events_case_idx')
    .on('case_events')
    .columns(['case_id', 'at'])
    .execute();
  await db.schema
    .createIndex('case_events_board_idx')
    .on('case_events')
    .column('board_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_events').execute();
  await db.schema.dropTable('case_recommendation_versions').execute();
  await db.schema.alterTable('case_positions').dropColumn('recommendation_version').execute();
}

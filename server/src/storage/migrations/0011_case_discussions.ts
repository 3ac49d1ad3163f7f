import { localDateAndTime } from '@konsil/shared';
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function up(db: Kysely<any>): Promise<void> {
  // How long each case was the live board's current case: one span per stretch, opened and
  // closed in the transaction of the live command that changes the current case, closed at the
  // latest when the board ends. Boards that ended before this have no spans.
  await db.schema
    .createTable('case_discussions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('board_id', 'text', (col) => col.notNull().references('boards.id'))
    .addColumn('case_id', 'text', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('case_discussions_board_idx')
    .on('case_discussions')
    .columns(['board_id', 'case_id'])
    .execute();

  // The board's start date on its own wall calendar: analytics count a board in the month it
  // took place where it was held, and portable SQL cannot convert time zones.
  await db.schema.alterTable('boards').addColumn('local_start_date', 'text').execute();
  const boards = await db.selectFrom('boards').select(['id', 'starts_at', 'time_zone']).execute();
  for (const board of boards) {
    const { date } = localDateAndTime(new Date(board.starts_at), board.time_zone);
    await db
      .updateTable('boards')
      .set({ local_start_date: date })
      .where('id', '=', board.id)
      .execute();
  }

  // When a case first left draft, for the days from submission to decision. Cases submitted
  // before this were submitted at the latest when created, so creation is their best answer.
  await db.schema.alterTable('cases').addColumn('submitted_at', 'text').execute();
  await sql`UPDATE cases SET submitted_at = created_at WHERE status <> 'draft'`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases').dropColumn('submitted_at').execute();
  await db.schema.alterTable('boards').dropColumn('local_start_date').execute();
  await db.schema.dropIndex('case_discussions_board_idx').execute();
  await db.schema.dropTable('case_discussions').execute();
}
